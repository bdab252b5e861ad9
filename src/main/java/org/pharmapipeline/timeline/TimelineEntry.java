package org.pharmapipeline.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.marketestimate.Metric;
import org.pharmapipeline.orphandesignation.OrphanAgency;
import org.pharmapipeline.orphandesignation.OrphanStatus;
import org.pharmapipeline.regulatoryevent.EventType;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryAgency;

/** One dated fact in a product's history or future. */
@Schema(
        name = "TimelineEntry",
        description =
                "One dated fact of a product: a designation, a regulatory event, a"
                        + " trial readout or a figure stated by a source.")
public record TimelineEntry(
        @Schema(examples = "2008-02-01") LocalDate date,
        @Schema(examples = "MONTH") DatePrecision datePrecision,
        @Schema(description = "The date as written at its precision.", examples = "2008-02")
                String dateLabel,
        @Schema(description = "True for an announced future event.", examples = "false")
                boolean expected,
        @Schema(examples = "REGULATORY_EVENT") TimelineKind kind,
        @Schema(
                        description =
                                "Type within the kind: the event type, the metric, or the designation status.",
                        examples = "CHMP_TREND_VOTE")
                String type,
        @Schema(examples = "CHMP trend vote: negative") String title,
        @Schema(examples = "Non-binding trend vote after the oral explanation ...", nullable = true)
                String detail,
        @Schema(
                        description = "Agency or committee, where there is one.",
                        examples = "CHMP",
                        nullable = true)
                String agency,
        @Schema(
                        description = "Outcome, where there is one.",
                        examples = "NEGATIVE",
                        nullable = true)
                String outcome,
        @Schema(description = "Id of the record behind the entry.") UUID recordId,
        @Schema(
                        description = "API path of the record behind the entry.",
                        examples = "/api/v1/regulatory-events/3f6c2a7e-0c1d-4a55-9a10-000000000503")
                String href,
        @Schema(description = "Source documents the record is cited to.") List<UUID> sourceIds) {

    /** Every type an entry can have: designation statuses, event types, trial phases, metrics. */
    public static final List<String> TYPES =
            names(OrphanStatus.values(), EventType.values(), Phase.values(), Metric.values());

    /** Every agency an entry can name: orphan designation agencies and regulatory agencies. */
    public static final List<String> AGENCIES =
            names(OrphanAgency.values(), RegulatoryAgency.values());

    /** Every outcome: designation statuses, event outcomes, and whether a trial met its goal. */
    public static final List<String> OUTCOMES =
            names(OrphanStatus.values(), Outcome.values(), TrialOutcome.values());

    /** Whether a trial met its primary endpoint, as a timeline entry's outcome says it. */
    public enum TrialOutcome {
        MET,
        NOT_MET
    }

    private static List<String> names(Enum<?>[]... sets) {
        return Arrays.stream(sets)
                .flatMap(Arrays::stream)
                .map(Enum::name)
                .distinct()
                .sorted()
                .toList();
    }
}
