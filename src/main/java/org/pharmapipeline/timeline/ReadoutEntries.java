package org.pharmapipeline.timeline;

import org.pharmapipeline.clinicaltrial.ClinicalTrial;

/** A clinical trial's readout, when its date is known. */
final class ReadoutEntries extends TimelineEntries<ClinicalTrial> {

    ReadoutEntries() {
        super(TimelineKind.TRIAL_READOUT, ClinicalTrial.class, "e.readoutDate is not null");
    }

    @Override
    TimelineEntry entry(ClinicalTrial t, String href) {
        return entry(
                t,
                href,
                t.readoutDate,
                t.readoutPrecision,
                false,
                t.phase.name(),
                "Trial readout: " + t.title,
                readout(t),
                null,
                t.primaryEndpointMet == null
                        ? null
                        : (t.primaryEndpointMet
                                        ? TimelineEntry.TrialOutcome.MET
                                        : TimelineEntry.TrialOutcome.NOT_MET)
                                .name());
    }

    /** "Primary endpoint: leukemia-free survival (met)", or only whether it was met. */
    private static String readout(ClinicalTrial t) {
        String met = t.primaryEndpointMet == null ? "" : t.primaryEndpointMet ? "met" : "not met";
        if (t.primaryEndpoint == null) {
            return met.isEmpty() ? null : "Primary endpoint " + met;
        }
        return "Primary endpoint: " + t.primaryEndpoint + (met.isEmpty() ? "" : " (" + met + ")");
    }
}
