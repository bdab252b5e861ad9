package org.pharmapipeline.indication;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /indications. */
public class IndicationFilter implements ListFilter {

    @QueryParam("product")
    @Parameter(description = "Indications of this product candidate id.")
    public UUID product;

    @QueryParam("phase")
    @Parameter(description = "In this phase.", example = "FILED")
    public Phase phase;

    @QueryParam("developmentStatus")
    @Parameter(description = "With this development status.")
    public DevelopmentStatus developmentStatus;

    @QueryParam("diseaseCode")
    @Parameter(description = "Has this MeSH, ICD-10 or EFO code.", example = "D015470")
    public String diseaseCode;

    @QueryParam("disease")
    @Parameter(
            description = "Disease label or setting contains this text (case-insensitive).",
            example = "leukemia")
    public String disease;

    @QueryParam("region")
    @Parameter(
            description = "Developed in this region (ISO 3166-1 alpha-2, EU or WW).",
            example = "EU")
    public String region;

    @Override
    public Where where() {
        return Where.create()
                .eq("e.product.id", product)
                .eq("e.phase", phase)
                .eq("e.developmentStatus", developmentStatus)
                .clause(
                        "e.meshId = :%s or e.icd10Code = :%s or e.efoId = :%s",
                        diseaseCode == null ? null : diseaseCode.strip())
                .contains(disease, "e.diseaseLabel", "e.setting")
                .clause(
                        "exists (select 1 from Indication x join x.regions r where x = e and r = :%s)",
                        region == null ? null : region.strip().toUpperCase(Locale.ROOT));
    }
}
