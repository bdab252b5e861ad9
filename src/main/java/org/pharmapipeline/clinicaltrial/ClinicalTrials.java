package org.pharmapipeline.clinicaltrial;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Clinical trials in the collection registry: the one declaration of the collection. */
public final class ClinicalTrials {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<
                    ClinicalTrial, ClinicalTrialRequest, ClinicalTrialResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "clinical-trials",
                                    ClinicalTrial.class,
                                    ClinicalTrialRequest.class,
                                    ClinicalTrialResponse.class)
                            .service(ClinicalTrialService.class)
                            .noun("clinical trial")
                            .description("Trials and their results.")
                            .details(
                                    "Design, enrolment, endpoints, results with p-values, and where they were published.")
                            .naturalKey("registryId")
                            .naturalKey("productId", "title")
                            .references("product", ProductCandidate.class)
                            .references("indication", Indication.class)
                            .display("e.title", "e.product.name")
                            .searchText(
                                    t ->
                                            SearchText.of()
                                                    .name(t.registryId)
                                                    .description(
                                                            t.title,
                                                            t.primaryEndpoint,
                                                            t.publication))
                            .position(80)
                            .searchRank(60)
                            .countBy(
                                    CountField.value("phase"),
                                    CountField.value("status"),
                                    CountField.value("primaryEndpointMet"),
                                    CountField.date("readoutDate"),
                                    CountField.reference("product", "name"))
                            .build();

    ClinicalTrials() {}
}
