package org.pharmapipeline.orphandesignation;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /orphan-designations. */
public class OrphanDesignationFilter implements ListFilter {

    @QueryParam("agency")
    @Parameter(description = "Granted by this agency.", example = "EMA")
    public OrphanAgency agency;

    @QueryParam("region")
    @Parameter(description = "Covering this region (EU, US, JP, ...).", example = "EU")
    public String region;

    @QueryParam("status")
    @Parameter(description = "In this state.", example = "DESIGNATED")
    public OrphanStatus status;

    @QueryParam("number")
    @Parameter(description = "With exactly this designation number.")
    public String number;

    @QueryParam("product")
    @Parameter(description = "Designations of this product candidate id.")
    public UUID product;

    @QueryParam("sponsor")
    @Parameter(description = "Sponsored by this company id.")
    public UUID sponsor;

    @QueryParam("condition")
    @Parameter(
            description = "Designated condition contains this text (case-insensitive).",
            example = "leukemia")
    public String condition;

    @QueryParam("designatedFrom")
    @Parameter(description = "Designated on or after this date.", example = "2005-01-01")
    public LocalDate designatedFrom;

    @QueryParam("designatedTo")
    @Parameter(description = "Designated on or before this date.", example = "2005-12-31")
    public LocalDate designatedTo;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.agency", agency)
                .eq("e.region", region == null ? null : region.strip().toUpperCase(Locale.ROOT))
                .eq("e.status", status)
                .eq("e.designationNumber", number == null ? null : number.strip())
                .eq("e.product.id", product)
                .eq("e.sponsor.id", sponsor)
                .contains(condition, "e.designatedCondition")
                .between(
                        "e.designationDate",
                        designatedFrom,
                        "designatedFrom",
                        designatedTo,
                        "designatedTo");
    }
}
