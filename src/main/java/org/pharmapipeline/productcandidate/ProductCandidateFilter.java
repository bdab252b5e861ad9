package org.pharmapipeline.productcandidate;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.query.ListFilter;
import org.pharmapipeline.query.Where;

/** The filters of GET /product-candidates. */
public class ProductCandidateFilter implements ListFilter {

    @QueryParam("q")
    @Parameter(
            description = "Name, INN or a research code contains this text (case-insensitive).",
            example = "histamine")
    public String q;

    @QueryParam("owner")
    @Parameter(
            description = "Owned by this company id.",
            example = "3f6c2a7e-0c1d-4a55-9a10-000000000101")
    public UUID owner;

    @QueryParam("partner")
    @Parameter(description = "Has this company id among its partners.")
    public UUID partner;

    @QueryParam("status")
    @Parameter(description = "Development status of the candidate.")
    public ProductStatus status;

    @QueryParam("modality")
    @Parameter(description = "Kind of therapeutic.")
    public Modality modality;

    @QueryParam("highestPhase")
    @Parameter(description = "Highest phase across its indications.", example = "FILED")
    public Phase highestPhase;

    @QueryParam("therapeuticArea")
    @Parameter(
            description = "Has this therapeutic area (case-insensitive, exact).",
            example = "Oncology")
    public String therapeuticArea;

    @QueryParam("emaProductNumber")
    @Parameter(description = "With exactly this EMA product number.", example = "EMEA/H/C/000796")
    public String emaProductNumber;

    @QueryParam("atcCode")
    @Parameter(
            description = "ATC code starts with this code (L03 finds every immunostimulant).",
            example = "L03AX")
    public String atcCode;

    @QueryParam("flag")
    @Parameter(description = "Has this regulatory flag.", example = "ORPHAN_MEDICINE")
    public ProductFlag flag;

    @Override
    public Where where() {
        return Where.create()
                .clause(
                        "lower(e.name) like :%s escape '!' or lower(e.inn) like :%s escape '!' or exists (select 1 from"
                                + " ProductCandidate p join p.researchCodes c where p = e and lower(c) like :%s escape '!')",
                        q == null || q.isBlank() ? null : Where.likePattern(q))
                .eq("e.owner.id", owner)
                .clause(
                        "exists (select 1 from ProductCandidate p join p.partners x where p = e and x.company.id = :%s)",
                        partner)
                .eq("e.status", status)
                .eq("e.modality", modality)
                .eq("e.highestPhaseRank", highestPhase == null ? null : highestPhase.rank())
                .eq(
                        "e.emaProductNumber",
                        emaProductNumber == null ? null : emaProductNumber.strip())
                .clause(
                        "e.atcCode like :%s escape '!'",
                        atcCode == null || atcCode.isBlank()
                                ? null
                                : Where.prefixPattern(atcCode.strip().toUpperCase(Locale.ROOT)))
                .clause(
                        "exists (select 1 from ProductCandidate p join p.flags f where p = e and f = :%s)",
                        flag)
                .clause(
                        "exists (select 1 from ProductCandidate p join p.therapeuticAreas a where p = e and lower(a) = :%s)",
                        therapeuticArea == null
                                ? null
                                : therapeuticArea.strip().toLowerCase(Locale.ROOT));
    }
}
