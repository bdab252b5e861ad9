package org.pharmapipeline.timeline;

import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.orphandesignation.OrphanDesignation;

/** An orphan designation, on the day it was granted (or refused). */
final class DesignationEntries extends TimelineEntries<OrphanDesignation> {

    DesignationEntries() {
        super(
                TimelineKind.ORPHAN_DESIGNATION,
                OrphanDesignation.class,
                "e.designationDate is not null");
    }

    @Override
    TimelineEntry entry(OrphanDesignation o, String href) {
        return entry(
                o,
                href,
                o.designationDate,
                DatePrecision.DAY,
                false,
                o.status.name(),
                "Orphan designation (" + o.agency + "): " + o.designatedCondition,
                o.designationNumber,
                o.agency.name(),
                o.status.name());
    }
}
