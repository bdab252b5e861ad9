package org.pharmapipeline.collection;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A kind of stored record, as search results and a source's citations name it: the singular of its
 * collection's name in upper case (regulatory-events: REGULATORY_EVENT). The kinds there are are
 * the registered collections; the OpenAPI document lists them as the values of this schema.
 */
@Schema(name = "RecordKind", type = SchemaType.STRING)
public record RecordKind(@JsonValue String name) {

    /** The kind of the records of a collection: "orphan-designations" gives ORPHAN_DESIGNATION. */
    public static RecordKind of(String collection) {
        String singular =
                collection.endsWith("ies")
                        ? collection.substring(0, collection.length() - 3) + "y"
                        : collection.substring(0, collection.length() - 1);
        return new RecordKind(singular.replace('-', '_').toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
