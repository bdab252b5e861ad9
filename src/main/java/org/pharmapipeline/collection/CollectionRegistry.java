package org.pharmapipeline.collection;

import io.quarkus.arc.All;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Cited;

/**
 * The one map of the collections: every {@link CollectionDefinition} the application produces,
 * checked for consistency at start and put in order. A collection follows the ones it refers to
 * (and the citable sources, when its records carry citations); among those free to go next, the
 * lower {@link CollectionDefinition#position()} goes first. The bundled dataset loads in this
 * order, and the index lists the collections in it.
 */
@Singleton
public class CollectionRegistry {

    private final List<CollectionDefinition<?, ?, ?>> ordered;
    private final List<CollectionDefinition<?, ?, ?>> byKind;
    private final Map<Class<?>, CollectionDefinition<?, ?, ?>> byEntity = new HashMap<>();

    /** A collection whose records refer to another one's, through an attribute. */
    public record Referrer(CollectionDefinition<?, ?, ?> collection, String attribute) {}

    @Inject
    public CollectionRegistry(@All List<CollectionDefinition<?, ?, ?>> definitions) {
        unique(definitions, CollectionDefinition::name, "name");
        unique(definitions, CollectionDefinition::kind, "kind");
        unique(definitions, CollectionDefinition::entity, "entity");
        definitions.forEach(d -> byEntity.put(d.entity(), d));
        if (definitions.stream().filter(CollectionDefinition::citable).count() > 1) {
            throw new IllegalStateException("More than one collection is declared citable");
        }
        this.ordered = List.copyOf(order(definitions));
        this.byKind =
                definitions.stream()
                        .sorted(
                                Comparator.comparingInt(
                                                (CollectionDefinition<?, ?, ?> d) -> d.searchRank())
                                        .thenComparing(CollectionDefinition::name))
                        .toList();
    }

    /** Every collection, each after those it refers to: the index's and the dataset's order. */
    public List<CollectionDefinition<?, ?, ?>> all() {
        return ordered;
    }

    /** Every collection in the order its records stand among citations and kinds are listed. */
    public List<CollectionDefinition<?, ?, ?>> byKind() {
        return byKind;
    }

    /** The collection of an entity. */
    public CollectionDefinition<?, ?, ?> of(Class<?> entity) {
        CollectionDefinition<?, ?, ?> definition = byEntity.get(entity);
        if (definition == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " is not registered");
        }
        return definition;
    }

    /** The collection whose records are of this kind, if there is one. */
    public Optional<CollectionDefinition<?, ?, ?>> kind(String kind) {
        return ordered.stream().filter(d -> d.kind().name().equals(kind)).findFirst();
    }

    /** The collection of this name (its path segment), if there is one. */
    public Optional<CollectionDefinition<?, ?, ?>> named(String name) {
        return ordered.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The collection that records cite (the sources), if one is registered. */
    public Optional<CollectionDefinition<?, ?, ?>> citable() {
        return ordered.stream().filter(CollectionDefinition::citable).findFirst();
    }

    /** The collections whose records refer to records of {@code target}, and through what. */
    public List<Referrer> referring(Class<? extends BaseEntity> target) {
        List<Referrer> referrers = new ArrayList<>();
        for (CollectionDefinition<?, ?, ?> definition : ordered) {
            for (CollectionDefinition.Reference reference : definition.references()) {
                if (reference.target() == target) {
                    referrers.add(new Referrer(definition, reference.attribute()));
                }
            }
        }
        return referrers;
    }

    /** What a collection needs loaded before it: what it refers to, and the sources it cites. */
    private Set<CollectionDefinition<?, ?, ?>> dependencies(
            CollectionDefinition<?, ?, ?> definition,
            List<CollectionDefinition<?, ?, ?>> definitions) {
        Set<CollectionDefinition<?, ?, ?>> dependencies = new LinkedHashSet<>();
        for (CollectionDefinition.Reference reference : definition.references()) {
            CollectionDefinition<?, ?, ?> target = byEntity.get(reference.target());
            if (target == null) {
                throw new IllegalStateException(
                        definition.name()
                                + " refers to "
                                + reference.target().getSimpleName()
                                + ", which no registered collection holds");
            }
            dependencies.add(target);
        }
        if (Cited.class.isAssignableFrom(definition.entity())) {
            definitions.stream().filter(CollectionDefinition::citable).forEach(dependencies::add);
        }
        dependencies.remove(definition);
        return dependencies;
    }

    private List<CollectionDefinition<?, ?, ?>> order(
            List<CollectionDefinition<?, ?, ?>> definitions) {
        Map<CollectionDefinition<?, ?, ?>, Set<CollectionDefinition<?, ?, ?>>> waitingFor =
                new HashMap<>();
        definitions.forEach(d -> waitingFor.put(d, dependencies(d, definitions)));
        List<CollectionDefinition<?, ?, ?>> ordered = new ArrayList<>();
        Set<CollectionDefinition<?, ?, ?>> placed = new HashSet<>();
        while (ordered.size() < definitions.size()) {
            CollectionDefinition<?, ?, ?> next =
                    definitions.stream()
                            .filter(d -> !placed.contains(d))
                            .filter(d -> placed.containsAll(waitingFor.get(d)))
                            .min(
                                    Comparator.comparingInt(
                                                    (CollectionDefinition<?, ?, ?> d) ->
                                                            d.position())
                                            .thenComparing(CollectionDefinition::name))
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "The collections refer to each other in a"
                                                            + " cycle: "
                                                            + definitions.stream()
                                                                    .filter(
                                                                            d ->
                                                                                    !placed
                                                                                            .contains(
                                                                                                    d))
                                                                    .map(CollectionDefinition::name)
                                                                    .toList()));
            ordered.add(next);
            placed.add(next);
        }
        return ordered;
    }

    private static void unique(
            List<CollectionDefinition<?, ?, ?>> definitions,
            Function<CollectionDefinition<?, ?, ?>, Object> key,
            String what) {
        Set<Object> seen = new HashSet<>();
        for (CollectionDefinition<?, ?, ?> definition : definitions) {
            if (!seen.add(key.apply(definition))) {
                throw new IllegalStateException(
                        "Two collections are declared with the "
                                + what
                                + " "
                                + key.apply(definition));
            }
        }
    }
}
