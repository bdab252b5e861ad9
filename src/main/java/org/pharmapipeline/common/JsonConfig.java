package org.pharmapipeline.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
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
}
