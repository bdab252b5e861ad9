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
import org.pharmapipeline.clinicaltrial.ClinicalTrial;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.marketestimate.MarketEstimate;
import org.pharmapipeline.orphandesignation.OrphanDesignation;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryEvent;

/** Gathers a product's dated records into one ordered timeline, in one query per kind. */
@ApplicationScoped
public class TimelineService {

    private static final Comparator<TimelineEntry> ORDER =
            Comparator.comparing(TimelineEntry::date)
                    .thenComparing(TimelineEntry::kind)
                    .thenComparing(TimelineEntry::type)
                    .thenComparing(TimelineEntry::recordId);

    private static final Set<String> ACRONYMS =
            Set.of("MAA", "CHMP", "COMP", "EC", "EU", "NDA", "BLA", "PDUFA");

    @Inject EntityManager em;

    public TimelineResponse timeline(
            UUID productId, Set<TimelineKind> kinds, LocalDate from, LocalDate to) {
        ProductCandidate product = em.find(ProductCandidate.class, productId);
        if (product == null) {
            throw ProblemException.notFound("product candidate", productId);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        if (kinds.contains(TimelineKind.ORPHAN_DESIGNATION)) {
            forProduct(OrphanDesignation.class, productId, "e.designationDate is not null")
                    .forEach(
                            o ->
                                    entries.add(
                                            new TimelineEntry(
                                                    o.designationDate,
                                                    DatePrecision.DAY,
                                                    o.designationDate.toString(),
                                                    false,
                                                    TimelineKind.ORPHAN_DESIGNATION,
                                                    o.status.name(),
                                                    "Orphan designation ("
                                                            + o.agency
                                                            + "): "
                                                            + o.designatedCondition,
                                                    o.designationNumber,
                                                    o.agency.name(),
                                                    o.status.name(),
                                                    o.id,
                                                    "/api/v1/orphan-designations/" + o.id,
                                                    sources(o.citations))));
        }
        if (kinds.contains(TimelineKind.REGULATORY_EVENT)) {
            forProduct(RegulatoryEvent.class, productId, null)
                    .forEach(
                            e ->
                                    entries.add(
                                            new TimelineEntry(
                                                    e.date,
                                                    e.datePrecision,
                                                    e.datePrecision.label(e.date),
                                                    e.expected,
                                                    TimelineKind.REGULATORY_EVENT,
                                                    e.type.name(),
                                                    title(e),
                                                    e.description,
                                                    e.agency.name(),
                                                    e.outcome.name(),
                                                    e.id,
                                                    "/api/v1/regulatory-events/" + e.id,
                                                    sources(e.citations))));
        }
        if (kinds.contains(TimelineKind.TRIAL_READOUT)) {
            forProduct(ClinicalTrial.class, productId, "e.readoutDate is not null")
                    .forEach(
                            t ->
                                    entries.add(
                                            new TimelineEntry(
                                                    t.readoutDate,
                                                    t.readoutPrecision,
                                                    t.readoutPrecision.label(t.readoutDate),
                                                    false,
                                                    TimelineKind.TRIAL_READOUT,
                                                    t.phase.name(),
                                                    "Trial readout: " + t.title,
                                                    readout(t),
                                                    null,
                                                    t.primaryEndpointMet == null
                                                            ? null
                                                            : t.primaryEndpointMet
                                                                    ? TimelineEntry.TrialOutcome.MET
                                                                            .name()
                                                                    : TimelineEntry.TrialOutcome
                                                                            .NOT_MET
                                                                            .name(),
                                                    t.id,
                                                    "/api/v1/clinical-trials/" + t.id,
                                                    sources(t.citations))));
        }
        if (kinds.contains(TimelineKind.MARKET_ESTIMATE)) {
            forProduct(MarketEstimate.class, productId, null)
                    .forEach(
                            m ->
                                    entries.add(
                                            new TimelineEntry(
                                                    m.statedOn,
                                                    DatePrecision.DAY,
                                                    m.statedOn.toString(),
                                                    false,
                                                    TimelineKind.MARKET_ESTIMATE,
                                                    m.metric.name(),
                                                    words(m.metric.name())
                                                            + " ("
                                                            + m.region
                                                            + "): "
                                                            + m.display(),
                                                    m.basis,
                                                    null,
                                                    null,
                                                    m.id,
                                                    "/api/v1/market-estimates/" + m.id,
                                                    sources(m.citations))));
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
        return new TimelineResponse(
                new Ref(product.id, product.name), product.highestPhase(), ordered);
    }

    /** "Primary endpoint: leukemia-free survival (met)", or only whether it was met. */
    private static String readout(ClinicalTrial t) {
        String met = t.primaryEndpointMet == null ? "" : t.primaryEndpointMet ? "met" : "not met";
        if (t.primaryEndpoint == null) {
            return met.isEmpty() ? null : "Primary endpoint " + met;
        }
        return "Primary endpoint: " + t.primaryEndpoint + (met.isEmpty() ? "" : " (" + met + ")");
    }

    /** "CHMP trend vote (CHMP): negative", "CHMP opinion (CHMP): pending, expected". */
    private static String title(RegulatoryEvent e) {
        String outcome =
                e.outcome == Outcome.NOT_APPLICABLE ? "" : ": " + e.outcome.name().toLowerCase();
        return words(e.type.name())
                + " ("
                + e.agency
                + ")"
                + outcome
                + (e.expected ? ", expected" : "");
    }

    private <T> List<T> forProduct(Class<T> type, UUID productId, String condition) {
        return em.createQuery(
                        "select e from "
                                + type.getSimpleName()
                                + " e where e.product.id = :product"
                                + (condition == null ? "" : " and " + condition),
                        type)
                .setParameter("product", productId)
                .getResultList();
    }

    private static List<UUID> sources(List<Citation> citations) {
        return citations.stream().map(c -> c.sourceId).distinct().toList();
    }

    /** MAA_SUBMITTED becomes "MAA submitted", CHMP_TREND_VOTE "CHMP trend vote". */
    static String words(String constant) {
        List<String> words = new ArrayList<>();
        for (String part : constant.split("_")) {
            words.add(ACRONYMS.contains(part) ? part : part.toLowerCase());
        }
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
