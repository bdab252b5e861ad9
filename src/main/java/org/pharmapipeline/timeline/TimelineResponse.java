package org.pharmapipeline.timeline;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;

/** A product's timeline. */
@Schema(
        name = "Timeline",
        description =
                "A product's designations, regulatory events, trial readouts and stated"
                        + " figures in date order.")
public record TimelineResponse(
        Ref product, @Schema(examples = "FILED") Phase highestPhase, List<TimelineEntry> entries) {}
