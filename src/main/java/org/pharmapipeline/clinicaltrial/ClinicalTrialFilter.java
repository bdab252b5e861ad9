package org.pharmapipeline.clinicaltrial;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /clinical-trials. */
public class ClinicalTrialFilter implements ListFilter {

    @QueryParam("product")
    @Parameter(description = "Trials of this product candidate id.")
    public UUID product;

    @QueryParam("indication")
    @Parameter(description = "Trials in this indication id.")
    public UUID indication;

    @QueryParam("phase")
    @Parameter(description = "In this phase.", example = "PHASE_3")
    public Phase phase;

    @QueryParam("status")
    @Parameter(description = "With this status.", example = "COMPLETED")
    public TrialStatus status;

    @QueryParam("registryId")
    @Parameter(description = "With exactly this registry identifier.")
    public String registryId;

    @QueryParam("primaryEndpointMet")
    @Parameter(
            description =
                    "true: trials that met their primary endpoint; false: trials that did not.")
    public Boolean primaryEndpointMet;

    @QueryParam("q")
    @Parameter(
            description = "Title or primary endpoint contains this text (case-insensitive).",
            example = "remission")
    public String q;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.product.id", product)
                .eq("e.indication.id", indication)
                .eq("e.phase", phase)
                .eq("e.status", status)
                .eq("e.registryId", registryId == null ? null : registryId.strip())
                .eq("e.primaryEndpointMet", primaryEndpointMet)
                .contains(q, "e.title", "e.primaryEndpoint");
    }
}
