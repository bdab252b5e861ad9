package org.pharmapipeline.query;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/** The filter query parameters of one collection, turned into a WHERE clause over alias e. */
public interface ListFilter {
    Where where();

    /**
     * The filters a client set, by query parameter name in declaration order, with the values as
     * read: what a link to the same list passes again.
     */
    default Map<String, Object> chosen() {
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (Field field : getClass().getFields()) {
            QueryParam param = field.getAnnotation(QueryParam.class);
            if (param == null) {
                continue;
            }
            try {
                Object value = field.get(this);
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    chosen.put(param.value(), value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("A filter field that cannot be read", e);
            }
        }
        return chosen;
    }
}
