package org.pharmapipeline.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An answer written while it is read, rather than built in memory first: a whole list, the export.
 * It may still set headers until it writes its first byte (the export's feed cursor is known only
 * once its snapshot is open). {@link StreamedBodyWriter} writes it.
 */
public final class StreamedBody {

    /** The media type of NDJSON: one JSON value per line. */
    public static final String NDJSON = "application/x-ndjson";

    /** The media type of CSV. */
    public static final String CSV = "text/csv";

    /** What writes the answer. */
    @FunctionalInterface
    public interface Writing {
        void write(MultivaluedMap<String, Object> headers, OutputStream out) throws IOException;
    }

    private final Writing writing;

    public StreamedBody(Writing writing) {
        this.writing = writing;
    }

    void write(MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        writing.write(headers, out);
    }
}
