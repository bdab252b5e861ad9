package org.pharmapipeline.imports;

import java.io.IOException;
import java.util.List;
import org.pharmapipeline.source.SourceRequest;

/**
 * A kind of file an import reads: the API's own records (NDJSON, CSV) or a public register's
 * export. Each is a CDI bean; {@link ImportFormats} collects them, so adding a format is adding a
 * bean.
 *
 * @param <T> what the format reads from a row
 */
public interface ImportFormat<T> {

    /** Whether an upload of this format names the collection it writes. */
    enum CollectionUse {
        /** It must: every row is a record of that collection (CSV). */
        REQUIRED,
        /** It may: rows name their collections, and an upload may restrict them to one (NDJSON). */
        OPTIONAL,
        /** It must not: the format decides what it writes (the registers). */
        NONE
    }

    /** The value of the format parameter: ndjson, fda-orphan. */
    String name();

    /** One sentence saying what the format is, for the contract and for refusals. */
    String description();

    /** The media types bodies of this format are sent as; the first is the usual one. */
    List<String> mediaTypes();

    CollectionUse collectionUse();

    /**
     * Checks what can be checked before the upload is accepted (that it is the kind of file the
     * format reads, that it has the columns the format needs), refusing it with a 400 problem that
     * says what is wrong.
     */
    void check(Upload upload) throws IOException;

    /** Reads the rows of an accepted upload. */
    Rows<T> read(Upload upload) throws IOException;

    /** A writer for one import. */
    RowWriter<T> writer(ImportContext context);

    /**
     * The source document an import of this format cites every record it writes to (a register's
     * export), or null when the rows carry their own citations.
     */
    default SourceRequest source(Upload upload) {
        return null;
    }
}
