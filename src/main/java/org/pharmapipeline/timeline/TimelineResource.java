package org.pharmapipeline.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmapipeline.problem.ProblemException;

/** HTTP API of product timelines. */
@Path("/api/v1/product-candidates/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product candidates")
public class TimelineResource {

    @Inject TimelineService service;

    @GET
    @Operation(
            operationId = "getProductTimeline",
            summary = "Timeline of a product candidate",
            description =
                    "Orphan designations, regulatory events (past and expected), trial readouts and figures"
                            + " stated by sources, in date order. Each entry carries its date precision (a source may say"
                            + " only \"Feb 2008\" or \"next month\") and whether it is expected.")
    public TimelineResponse timeline(
            @Parameter(description = "Product candidate id.") @PathParam("id") UUID id,
            @Parameter(
                            description =
                                    "Only these kinds of entries (repeat the parameter for several).")
                    @QueryParam("kind")
                    List<TimelineKind> kinds,
            @Parameter(
                            description =
                                    "Entries on or after this date; an entry known only to the month or year is kept"
                                            + " when its period reaches this date.",
                            example = "2005-01-01")
                    @QueryParam("from")
                    LocalDate from,
            @Parameter(description = "Entries on or before this date.", example = "2008-12-31")
                    @QueryParam("to")
                    LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        Set<TimelineKind> wanted =
                kinds == null || kinds.isEmpty()
                        ? EnumSet.allOf(TimelineKind.class)
                        : EnumSet.copyOf(kinds);
        return service.timeline(id, wanted, from, to);
    }
}
