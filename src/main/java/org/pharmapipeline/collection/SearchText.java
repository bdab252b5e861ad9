package org.pharmapipeline.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The texts of a record that search finds it by, each with the weight of its field: names, INNs and
 * codes count most, then diseases, then descriptions. A collection declares how to read them from
 * its entity ({@link CollectionDefinition.Builder#searchText}); the search index keeps their words.
 */
public final class SearchText {

    /** How much a field counts when a search word is found in it. */
    public enum Weight {
        /** Names, INNs, research codes, register numbers. */
        NAME(8),
        /** Diseases and conditions, and their codes. */
        DISEASE(4),
        /** Descriptions, titles of documents, endpoints. */
        DESCRIPTION(2),
        /** The name of the product a record is about. */
        CONTEXT(1);

        private final int points;

        Weight(int points) {
            this.points = points;
        }

        public int points() {
            return points;
        }
    }

    /** One text and its weight. */
    public record Field(Weight weight, String text) {}

    private final List<Field> fields = new ArrayList<>();

    public static SearchText of() {
        return new SearchText();
    }

    public SearchText name(String... texts) {
        return add(Weight.NAME, Arrays.asList(texts));
    }

    public SearchText names(Collection<String> texts) {
        return add(Weight.NAME, texts);
    }

    public SearchText disease(String... texts) {
        return add(Weight.DISEASE, Arrays.asList(texts));
    }

    public SearchText description(String... texts) {
        return add(Weight.DESCRIPTION, Arrays.asList(texts));
    }

    public SearchText context(String... texts) {
        return add(Weight.CONTEXT, Arrays.asList(texts));
    }

    private SearchText add(Weight weight, Collection<String> texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                fields.add(new Field(weight, text.strip()));
            }
        }
        return this;
    }

    /** The texts in the order they were added. */
    public List<Field> fields() {
        return List.copyOf(fields);
    }
}
