package org.pharmapipeline.regulatoryevent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.indication.IndicationService;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.query.Sorting;

/** Regulatory events, past and expected. */
@ApplicationScoped
public class RegulatoryEventService
        extends CrudService<RegulatoryEvent, RegulatoryEventRequest, RegulatoryEventResponse> {

    @Inject IndicationService indications;

    public RegulatoryEventService() {
        super(
                RegulatoryEvents.COLLECTION,
                RegulatoryEvent::new,
                RegulatoryEventResponse::of,
                Sorting.by("date")
                        .field("date", "e.date", LocalDate.class)
                        .field("type", "e.type", EventType.class)
                        .field("agency", "e.agency", RegulatoryAgency.class)
                        .field("outcome", "e.outcome", Outcome.class));
    }

    @Override
    protected void apply(RegulatoryEventRequest r, RegulatoryEvent e) {
        Violations violations = new Violations();
        violations.check(() -> checkDate(r));
        violations.check(() -> checkOutcome(r));
        IndicationService.ProductAndIndication named =
                indications.resolve(r.productId(), r.indicationId(), violations);
        e.product = named.product();
        e.indication = named.indication();
        violations.throwIfAny();
        e.agency = r.agency();
        e.procedure = r.procedure();
        e.type = r.type();
        e.outcome = r.outcome();
        e.date = r.date();
        e.datePrecision = r.datePrecision();
        e.expected = Boolean.TRUE.equals(r.expected());
        e.description = r.description().strip();
    }

    private static void checkDate(RegulatoryEventRequest r) {
        if (!r.datePrecision().isStartOfPeriod(r.date())) {
            throw ProblemException.invalid(
                    "date",
                    "must be the first day of its "
                            + r.datePrecision().name().toLowerCase(Locale.ROOT)
                            + " when datePrecision is "
                            + r.datePrecision());
        }
    }

    private static void checkOutcome(RegulatoryEventRequest r) {
        if (Boolean.TRUE.equals(r.expected())
                && r.outcome() != Outcome.PENDING
                && r.outcome() != Outcome.NOT_APPLICABLE) {
            throw ProblemException.invalid(
                    "outcome", "must be PENDING or NOT_APPLICABLE for an expected event");
        }
    }
}
