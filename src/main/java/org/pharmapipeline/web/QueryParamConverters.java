package org.pharmapipeline.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pharmapipeline.problem.ProblemException;

/**
 * Converts path and query parameters so that a value of the wrong type is a 400 naming the
 * parameter, instead of the 404 JAX-RS prescribes for unconvertible path and query values.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>)
                    converter(name, "must be a UUID", QueryParamConverters::parseUuid);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>)
                    converter(name, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>)
                    converter(
                            name,
                            "must be an instant with its offset (2026-12-02T13:00:00Z)",
                            s -> OffsetDateTime.parse(s.strip()).toInstant());
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>)
                    converter(name, "must be a whole number", s -> Integer.valueOf(s.strip()));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>)
                    converter(name, "must be true or false", QueryParamConverters::parseBoolean);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed =
                    Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
            return (ParamConverter<T>)
                    converter(
                            name,
                            "must be one of " + allowed,
                            s -> Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    /**
     * Only the canonical form: UUID.fromString alone would also take "1-1-1-1-1".
     *
     * @throws IllegalArgumentException when the value is not a UUID
     */
    public static UUID parseUuid(String value) {
        String id = value.strip();
        if (!CANONICAL_UUID.matcher(id).matches()) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(id);
    }

    private static final Pattern CANONICAL_UUID =
            Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static Boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** The name of the parameter, header or path segment the annotations declare. */
    public static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }

    /**
     * A converter that answers a value {@code parse} refuses with a 400 naming the parameter and
     * saying what it must be.
     */
    public static <T> ParamConverter<T> converter(
            String name, String message, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw ProblemException.invalid(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
