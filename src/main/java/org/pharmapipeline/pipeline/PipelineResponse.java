package org.pharmapipeline.pipeline;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.productcandidate.ProductStatus;

/** Candidates grouped by highest phase: the data of a pipeline chart. */
@Schema(
        name = "Pipeline",
        description =
                "Product candidates grouped by highest phase, in order of progress, with"
                        + " UNKNOWN last. Every phase is present, with count 0 when empty.")
public record PipelineResponse(
        @Schema(description = "Candidates matching the filters.", examples = "4")
                long totalCandidates,
        List<PhaseGroup> phases) {

    /** One column of the chart. */
    @Schema(name = "PipelinePhase")
    public record PhaseGroup(
            @Schema(examples = "FILED") Phase phase,
            @Schema(examples = "1") long count,
            @Schema(
                            description =
                                    "Candidates in this phase by name, at most limitPerPhase of them.")
                    List<Candidate> candidates,
            @Schema(
                            description =
                                    "The list of all the candidates of this phase, with the same"
                                            + " filters, sorted by name.",
                            examples =
                                    "/api/v1/product-candidates?highestPhase=FILED&owner=3f6c2a7e-0c1d-4a55-9a10-000000000101")
                    String href) {}

    /** A candidate as a pipeline chart shows it. */
    @Schema(name = "PipelineCandidate")
    public record Candidate(
            @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
            @Schema(examples = "Ceplene") String name,
            @Schema(examples = "histamine dihydrochloride", nullable = true) String inn,
            Ref owner,
            @Schema(examples = "ACTIVE") ProductStatus status) {}
}
