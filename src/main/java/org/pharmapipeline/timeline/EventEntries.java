package org.pharmapipeline.timeline;

import java.util.Locale;
import org.pharmapipeline.regulatoryevent.Outcome;
import org.pharmapipeline.regulatoryevent.RegulatoryEvent;

/** A regulatory event, past or expected, at the precision its date is known to. */
final class EventEntries extends TimelineEntries<RegulatoryEvent> {

    EventEntries() {
        super(TimelineKind.REGULATORY_EVENT, RegulatoryEvent.class, null);
    }

    @Override
    TimelineEntry entry(RegulatoryEvent e, String href) {
        return entry(
                e,
                href,
                e.date,
                e.datePrecision,
                e.expected,
                e.type.name(),
                title(e),
                e.description,
                e.agency.name(),
                e.outcome.name());
    }

    /** "CHMP trend vote (CHMP): negative", "CHMP opinion (CHMP): pending, expected". */
    private static String title(RegulatoryEvent e) {
        String outcome =
                e.outcome == Outcome.NOT_APPLICABLE
                        ? ""
                        : ": " + e.outcome.name().toLowerCase(Locale.ROOT);
        return words(e.type.name())
                + " ("
                + e.agency
                + ")"
                + outcome
                + (e.expected ? ", expected" : "");
    }
}
