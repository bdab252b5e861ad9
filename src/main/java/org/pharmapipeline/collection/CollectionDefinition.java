package org.pharmapipeline.collection;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.query.CountField;

/**
 * One collection of the API, declared once in its feature package and registered by producing it as
 * a CDI bean (a {@code @Produces} field). Everything that lists "all the collections" derives from
 * these declarations through {@link CollectionRegistry}: the API index, the record kinds of search
 * and of a source's citations, the hrefs of the views, the OpenAPI tags and examples, the order in
 * which the bundled dataset loads, and the checks of what still refers to a record. (The class that
 * declares the producer field becomes a bean too, so its constructor is package-private, as CDI
 * prefers, rather than private.)
 *
 * @param name the path segment and the name in the index ("regulatory-events")
 * @param kind the kind search results and citations name its records with ("REGULATORY_EVENT")
 * @param noun what one record is called in messages ("regulatory event")
 * @param description one sentence for the index and the OpenAPI tag
 * @param details more for the OpenAPI tag, or null
 * @param entity the stored record
 * @param request the body clients send to create or replace a record
 * @param response the body clients receive
 * @param service the service that reads and writes the records
 * @param naturalKeys the request fields whose values identify a record besides its id, in order of
 *     preference: a record is known by the first of them whose first field it has (an EU
 *     designation by its number; one without, by its product, agency, condition and date); empty
 *     when only the id identifies a record. Where the database holds the values unique, a key names
 *     one record at most; elsewhere two records sharing one are an ambiguity that an import reports
 *     instead of choosing
 * @param references the records one of these names, by entity attribute
 * @param title JPQL (alias e) of a record's display title, for search and citations
 * @param subtitle JPQL (alias e) of the context shown under the title
 * @param searchText the texts search finds a record by, with their weights; null when search does
 *     not list the collection's records
 * @param position where the collection stands in the index, among those with the same dependencies
 *     (a collection always follows those it refers to)
 * @param searchRank where its records stand among a source's citations
 * @param citable whether records cite documents of this collection (the sources)
 * @param countFields the fields its records can be counted by ({@code GET .../counts?by=})
 * @param <E> the entity
 * @param <Q> the request body
 * @param <R> the response body
 */
public record CollectionDefinition<E extends BaseEntity, Q, R extends Versioned>(
        String name,
        RecordKind kind,
        String noun,
        String description,
        String details,
        Class<E> entity,
        Class<Q> request,
        Class<R> response,
        Class<? extends CrudService<E, Q, R>> service,
        List<List<String>> naturalKeys,
        List<Reference> references,
        String title,
        String subtitle,
        Function<E, SearchText> searchText,
        int position,
        int searchRank,
        boolean citable,
        List<CountField> countFields) {

    /** The API's root path; every collection lives below it. */
    public static final String API = "/api/v1/";

    public CollectionDefinition {
        if (!name.matches("[a-z]+(-[a-z]+)*s")) {
            throw new IllegalArgumentException(
                    name
                            + ": a collection's name is a kebab-case plural such as regulatory-events");
        }
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(title, "title");
        naturalKeys = naturalKeys.stream().map(List::copyOf).toList();
        references = List.copyOf(references);
        countFields = List.copyOf(countFields);
        for (List<String> key : naturalKeys) {
            for (String field : key) {
                if (RecordFields.component(request, field) == null) {
                    throw new IllegalArgumentException(
                            name + ": the natural key names " + field + ", not a request field");
                }
            }
        }
    }

    /** An attribute of the entity that refers to a record of another collection. */
    public record Reference(String attribute, Class<? extends BaseEntity> target) {}

    /** Starts the declaration of a collection. */
    public static <E extends BaseEntity, Q, R extends Versioned> Builder<E, Q, R> builder(
            String name, Class<E> entity, Class<Q> request, Class<R> response) {
        return new Builder<>(name, entity, request, response);
    }

    /** The path that serves the collection: /api/v1/regulatory-events. */
    public String path() {
        return API + name;
    }

    /**
     * The properties of a record as clients receive it, in order: what a sparse fieldset ({@code
     * fields=}) may choose among.
     */
    public List<String> fields() {
        return Arrays.stream(response.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The path of one record. */
    public String href(UUID id) {
        return path() + "/" + id;
    }

    /** The OpenAPI tag of its operations: "Regulatory events". */
    public String tag() {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The tag's description: the index's sentence and the details. */
    public String tagDescription() {
        return details == null ? description : description + " " + details;
    }

    /** The section of the bundled dataset that holds its records: "regulatoryEvents". */
    public String datasetSection() {
        StringBuilder section = new StringBuilder();
        for (String word : name.split("-")) {
            section.append(
                    section.isEmpty()
                            ? word
                            : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return section.toString();
    }

    /**
     * The JPQL path (alias e) of a request field: the attribute of the same name, or, for a field
     * that names a referenced record by id (productId), that record's id (e.product.id).
     */
    public String path(String field) {
        if (field.endsWith("Id")) {
            String attribute = field.substring(0, field.length() - 2);
            if (references.stream().anyMatch(r -> r.attribute().equals(attribute))) {
                return "e." + attribute + ".id";
            }
        }
        return "e." + field;
    }

    /** The attribute that refers to {@code target}, or null when none does. */
    public String referenceTo(Class<? extends BaseEntity> target) {
        return references.stream()
                .filter(r -> r.target() == target)
                .map(Reference::attribute)
                .findFirst()
                .orElse(null);
    }

    /** Whether search lists the collection's records. */
    public boolean searchable() {
        return searchText != null;
    }

    /** The texts search finds one of the collection's records by. */
    public SearchText searchTextOf(BaseEntity record) {
        return searchText.apply(entity.cast(record));
    }

    /** Gathers a declaration; see {@link CollectionDefinition} for what each part means. */
    public static final class Builder<E extends BaseEntity, Q, R extends Versioned> {
        private final String name;
        private final Class<E> entity;
        private final Class<Q> request;
        private final Class<R> response;
        private Class<? extends CrudService<E, Q, R>> service;
        private String noun;
        private String description;
        private String details;
        private final List<List<String>> naturalKeys = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private String title;
        private String subtitle;
        private Function<E, SearchText> searchText;
        private int position = Integer.MAX_VALUE;
        private int searchRank = Integer.MAX_VALUE;
        private boolean citable;
        private final List<CountField> countFields = new ArrayList<>();

        private Builder(String name, Class<E> entity, Class<Q> request, Class<R> response) {
            this.name = name;
            this.entity = entity;
            this.request = request;
            this.response = response;
        }

        public Builder<E, Q, R> service(Class<? extends CrudService<E, Q, R>> service) {
            this.service = service;
            return this;
        }

        public Builder<E, Q, R> noun(String noun) {
            this.noun = noun;
            return this;
        }

        public Builder<E, Q, R> description(String description) {
            this.description = description;
            return this;
        }

        public Builder<E, Q, R> details(String details) {
            this.details = details;
            return this;
        }

        /**
         * A natural key; declared again, an alternative for records that lack the fields of the
         * ones before it.
         */
        public Builder<E, Q, R> naturalKey(String... fields) {
            naturalKeys.add(List.of(fields));
            return this;
        }

        public Builder<E, Q, R> references(String attribute, Class<? extends BaseEntity> target) {
            references.add(new Reference(attribute, target));
            return this;
        }

        /** The JPQL of a record's title and subtitle, over alias e. */
        public Builder<E, Q, R> display(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
            return this;
        }

        /** The texts search finds a record by; without them, search does not list the records. */
        public Builder<E, Q, R> searchText(Function<E, SearchText> searchText) {
            this.searchText = searchText;
            return this;
        }

        public Builder<E, Q, R> position(int position) {
            this.position = position;
            return this;
        }

        public Builder<E, Q, R> searchRank(int searchRank) {
            this.searchRank = searchRank;
            return this;
        }

        /** Records cite documents of this collection. */
        public Builder<E, Q, R> citable() {
            this.citable = true;
            return this;
        }

        /** The fields its records can be counted by, in the order the contract lists them. */
        public Builder<E, Q, R> countBy(CountField... fields) {
            countFields.addAll(List.of(fields));
            return this;
        }

        public CollectionDefinition<E, Q, R> build() {
            return new CollectionDefinition<>(
                    name,
                    RecordKind.of(name),
                    noun,
                    description,
                    details,
                    entity,
                    request,
                    response,
                    Objects.requireNonNull(service, "service"),
                    naturalKeys,
                    references,
                    title,
                    subtitle,
                    searchText,
                    position,
                    searchRank,
                    citable,
                    countFields);
        }
    }
}
