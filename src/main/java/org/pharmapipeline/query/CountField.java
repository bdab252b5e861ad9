package org.pharmapipeline.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A field a collection's records can be counted by, declared with the collection: a plain value (an
 * enum, a flag, a short text), a date bucketed by year, quarter or month, a reference to another
 * record (counted by id, shown with its name), or one value of a multi-valued field (a record with
 * two therapeutic areas counts once under each, one with none under null).
 *
 * @param name the name clients pass in {@code by}: the list filter's parameter where there is one
 * @param kind how it is selected and shown
 * @param attribute the entity attribute, or the JPQL expression over alias e of a value
 * @param labelAttribute the attribute of a referenced record that names it, for references
 * @param decode turns a stored value into the value clients see (a stored rank into its phase)
 */
public record CountField(
        String name,
        Kind kind,
        String attribute,
        String labelAttribute,
        Function<Object, Object> decode) {

    /** How a field is selected and shown. */
    public enum Kind {
        VALUE,
        DATE,
        REFERENCE,
        ELEMENT
    }

    public CountField {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][A-Za-z]*")) {
            throw new IllegalArgumentException(name + ": a count field is named in camelCase");
        }
        decode = decode == null ? Function.identity() : decode;
    }

    /** The entity attribute of the same name, counted by value. */
    public static CountField value(String name) {
        return new CountField(name, Kind.VALUE, "e." + name, null, null);
    }

    /** A value computed by a JPQL expression over alias e, shown as {@code decode} makes it. */
    public static CountField value(
            String name, String expression, Function<Object, Object> decode) {
        return new CountField(name, Kind.VALUE, expression, null, decode);
    }

    /** The date attribute of the same name, bucketed by year, quarter or month. */
    public static CountField date(String name) {
        return new CountField(name, Kind.DATE, "e." + name, null, null);
    }

    /** The referenced record of the same attribute name, counted by id, named by its label. */
    public static CountField reference(String name, String labelAttribute) {
        return new CountField(name, Kind.REFERENCE, "e." + name, labelAttribute, null);
    }

    /** One value of a multi-valued attribute (element collection). */
    public static CountField element(String name, String attribute) {
        return new CountField(name, Kind.ELEMENT, "e." + attribute, null, null);
    }

    /** The names clients may pass in {@code by} for this field: date fields only with a unit. */
    public List<String> accepted() {
        return kind == Kind.DATE
                ? Arrays.stream(DateUnit.values()).map(u -> name + ":" + u.label()).toList()
                : List.of(name);
    }

    /** The buckets a date field can be counted in. */
    public enum DateUnit {
        YEAR,
        QUARTER,
        MONTH;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
