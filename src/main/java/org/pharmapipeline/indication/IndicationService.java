package org.pharmapipeline.indication;

import jakarta.enterprise.context.ApplicationScoped;
import org.pharmapipeline.common.CrudService;
import org.pharmapipeline.common.Sorting;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** Indications: where each candidate's highest phase comes from. */
@ApplicationScoped
public class IndicationService
        extends CrudService<Indication, IndicationRequest, IndicationResponse> {

    public IndicationService() {
        super(
                Indication.class,
                "indication",
                Indication::new,
                IndicationResponse::of,
                Sorting.of(
                        "diseaseLabel",
                        "diseaseLabel",
                        "e.diseaseLabel",
                        "phase",
                        "e.phaseRank",
                        "developmentStatus",
                        "e.developmentStatus"));
    }

    @Override
    protected void apply(IndicationRequest r, Indication i) {
        i.product = reference(ProductCandidate.class, r.productId(), "productId");
        i.diseaseLabel = r.diseaseLabel().strip();
        i.meshId = r.meshId();
        i.icd10Code = r.icd10Code();
        i.efoId = r.efoId();
        i.setting = r.setting() == null || r.setting().isBlank() ? null : r.setting().strip();
        replace(
                i.combinationPartners,
                r.combinationPartners() == null
                        ? null
                        : r.combinationPartners().stream().map(String::strip).toList());
        i.phase = r.phase();
        i.developmentStatus = r.developmentStatus();
        replace(i.regions, r.regions() == null ? null : r.regions().stream().distinct().toList());
        i.notes = r.notes();
    }
}
