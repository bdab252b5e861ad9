package org.pharmapipeline.regulatoryevent;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /regulatory-events. */
public class RegulatoryEventFilter implements ListFilter {

    @QueryParam("product")
    @Parameter(description = "Events of this product candidate id.")
    public UUID product;

    @QueryParam("indication")
    @Parameter(description = "Events of this indication id.")
    public UUID indication;

    @QueryParam("agency")
    @Parameter(description = "By this agency or committee.", example = "CHMP")
    public RegulatoryAgency agency;

    @QueryParam("type")
    @Parameter(description = "Of this type.", example = "MAA_SUBMITTED")
    public EventType type;

    @QueryParam("outcome")
    @Parameter(description = "With this outcome.", example = "NEGATIVE")
    public Outcome outcome;

    @QueryParam("expected")
    @Parameter(description = "true: only announced future events; false: only past ones.")
    public Boolean expected;

    @QueryParam("from")
    @Parameter(
            description =
                    "Dated on or after this day; an event known to the month or year counts as dated on"
                            + " the first day of its period.",
            example = "2008-01-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "On or before this date.", example = "2008-12-31")
    public LocalDate to;

    @QueryParam("q")
    @Parameter(
            description = "Description or procedure contains this text (case-insensitive).",
            example = "trend vote")
    public String q;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.product.id", product)
                .eq("e.indication.id", indication)
                .eq("e.agency", agency)
                .eq("e.type", type)
                .eq("e.outcome", outcome)
                .eq("e.expected", expected)
                .between("e.date", from, "from", to, "to")
                .contains(q, "e.description", "e.procedure");
    }
}
