package org.pharmapipeline.pipeline;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmapipeline.productcandidate.ProductCandidateFilter;

/** HTTP API of the pipeline summary. */
@Path("/api/v1/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Pipeline",
        description = "Summaries for pipeline charts, derived from the stored records.")
public class PipelineResource {

    @Inject PipelineService service;

    @GET
    @Operation(
            operationId = "getPipeline",
            summary = "Candidates grouped by highest phase",
            description =
                    "Counts of product candidates per highest phase (the highest phase of their"
                            + " indications, stored with each candidate), with the first candidates of each"
                            + " phase by name and the link to all of them. Accepts the filters of GET"
                            + " /product-candidates: owner, therapeuticArea, modality and status among them.")
    public PipelineResponse pipeline(
            @BeanParam ProductCandidateFilter filter,
            @Parameter(
                            description =
                                    "Candidates listed per phase, 0 to 50 (counts are always complete;"
                                            + " each phase's href lists them all).",
                            example = "10")
                    @QueryParam("limitPerPhase")
                    @DefaultValue("10")
                    @Min(value = 0, message = "must be between 0 and 50")
                    @Max(value = 50, message = "must be between 0 and 50")
                    int limitPerPhase) {
        return service.pipeline(filter, limitPerPhase);
    }
}
