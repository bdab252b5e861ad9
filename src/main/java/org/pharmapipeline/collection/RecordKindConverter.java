package org.pharmapipeline.collection;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pharmapipeline.web.QueryParamConverters;

/**
 * Reads a record kind from a query parameter, in any case, as one of the registered collections'
 * kinds; any other value is a 400 that lists them.
 */
@Provider
public class RecordKindConverter implements ParamConverterProvider {

    @Inject CollectionRegistry collections;

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != RecordKind.class) {
            return null;
        }
        String kinds =
                collections.byKind().stream()
                        .map(c -> c.kind().name())
                        .collect(Collectors.joining(", "));
        return (ParamConverter<T>)
                QueryParamConverters.converter(
                        QueryParamConverters.nameOf(annotations),
                        "must be one of " + kinds,
                        value ->
                                collections
                                        .kind(value.strip().toUpperCase(Locale.ROOT))
                                        .orElseThrow()
                                        .kind());
    }
}
