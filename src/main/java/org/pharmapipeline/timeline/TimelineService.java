package org.pharmapipeline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** Gathers a product's dated records into one ordered timeline, in one query per kind. */
@ApplicationScoped
public class TimelineService {

    private static final Comparator<TimelineEntry> ORDER =
            Comparator.comparing(TimelineEntry::date)
                    .thenComparing(TimelineEntry::kind)
                    .thenComparing(TimelineEntry::type)
                    .thenComparing(TimelineEntry::recordId);

    /** Every kind of entry, with the records it comes from. */
    private static final List<TimelineEntries<?>> KINDS =
            List.of(
                    new DesignationEntries(),
                    new EventEntries(),
                    new ReadoutEntries(),
                    new EstimateEntries());

    @Inject EntityManager em;

    @Inject CollectionRegistry collections;

    public TimelineResponse timeline(
            UUID productId, Set<TimelineKind> kinds, LocalDate from, LocalDate to) {
        ProductCandidate product = em.find(ProductCandidate.class, productId);
        if (product == null) {
            throw ProblemException.notFound(
                    collections.of(ProductCandidate.class).noun(), productId);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntries<?> kind : KINDS) {
            if (kinds.contains(kind.kind)) {
                entries.addAll(entries(kind, productId));
            }
        }
        List<TimelineEntry> ordered =
                entries.stream()
                        // An entry known to the month belongs to a range that overlaps any day of
                        // that month.
                        .filter(
                                e ->
                                        from == null
                                                || !e.datePrecision()
                                                        .lastDay(e.date())
                                                        .isBefore(from))
                        .filter(e -> to == null || !e.date().isAfter(to))
                        .sorted(ORDER)
                        .toList();
        return new TimelineResponse(Ref.of(product), product.highestPhase(), ordered);
    }

    /** The entries of one kind of the product's records. */
    private <T extends BaseEntity & Cited> List<TimelineEntry> entries(
            TimelineEntries<T> kind, UUID productId) {
        CollectionDefinition<?, ?, ?> collection = collections.of(kind.type);
        String product = collection.referenceTo(ProductCandidate.class);
        return em
                .createQuery(
                        "select e from "
                                + kind.type.getSimpleName()
                                + " e where e."
                                + product
                                + ".id = :product"
                                + (kind.condition == null ? "" : " and " + kind.condition),
                        kind.type)
                .setParameter("product", productId)
                .getResultList()
                .stream()
                .map(record -> kind.entry(record, collection.href(record.id)))
                .toList();
    }
}
