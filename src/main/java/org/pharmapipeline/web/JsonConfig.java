package org.pharmapipeline.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Strict request parsing: an unknown property is a 400 (a misspelt optional field would otherwise
 * be dropped without a word), except the read-only fields every response carries, so a client may
 * send back a record it read.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    private static final Set<String> READ_ONLY =
            Set.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // One JSON value per body, each property once, each value of its own type: "name": 123
        // and "enrollment": "40" are mistakes to report, not to guess at.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // true, not 1: numbers are not booleans.
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (LogicalType scalar :
                List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // 47000, not 4.7E+4, for figures whose trailing zeros were stripped.
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.addHandler(
                new DeserializationProblemHandler() {
                    @Override
                    public boolean handleUnknownProperty(
                            DeserializationContext ctx,
                            JsonParser p,
                            JsonDeserializer<?> deserializer,
                            Object beanOrClass,
                            String propertyName)
                            throws IOException {
                        if (READ_ONLY.contains(propertyName)) {
                            p.skipChildren();
                            return true;
                        }
                        return false;
                    }
                });
    }

    /**
     * A date is "2008-02-01", never 12345 read as days since 1970 nor [2008, 2, 1]. Applied last,
     * after the framework has registered its Java time module, so this reader wins.
     */
    @Singleton
    public static class StrictDates implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(
                    new SimpleModule("strict-dates")
                            .addDeserializer(LocalDate.class, new StrictDate()));
        }

        @Override
        public int priority() {
            return MINIMUM_PRIORITY;
        }
    }

    /** Reads a date only from its ISO text. */
    static final class StrictDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate)
                        ctx.handleWeirdStringValue(
                                LocalDate.class, text, "not a date (YYYY-MM-DD)");
            }
        }
    }
}
