package org.pharmapipeline.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link StreamedBody} straight to the answer. Registered for any type: the writers of an
 * operation are chosen by the type it declares (a list declares a page), and only streamed answers
 * are NDJSON or CSV.
 */
@Provider
@Produces({StreamedBody.NDJSON, StreamedBody.CSV})
public class StreamedBodyWriter implements MessageBodyWriter<Object> {

    private static final MediaType NDJSON = MediaType.valueOf(StreamedBody.NDJSON);

    private static final MediaType CSV = MediaType.valueOf(StreamedBody.CSV);

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null
                && (NDJSON.isCompatible(mediaType) || CSV.isCompatible(mediaType))
                && !mediaType.isWildcardType()
                && !mediaType.isWildcardSubtype();
    }

    @Override
    public void writeTo(
            Object body,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        if (!(body instanceof StreamedBody streamed)) {
            throw new IllegalStateException(
                    "Only a streamed answer is written as " + mediaType + ", not " + type);
        }
        streamed.write(headers, out);
    }
}
