package org.pharmapipeline.indication;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Indications in the collection registry: the one declaration of the collection. */
public final class Indications {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<Indication, IndicationRequest, IndicationResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "indications",
                                    Indication.class,
                                    IndicationRequest.class,
                                    IndicationResponse.class)
                            .service(IndicationService.class)
                            .noun("indication")
                            .description(
                                    "A candidate's development in one disease: codes, setting, phase.")
                            .details("A candidate's highest phase is derived from its indications.")
                            .naturalKey("productId", "diseaseLabel", "setting")
                            .references("product", ProductCandidate.class)
                            .display("e.diseaseLabel", "e.product.name")
                            .searchText(
                                    i ->
                                            SearchText.of()
                                                    .disease(
                                                            i.diseaseLabel,
                                                            i.meshId,
                                                            i.icd10Code,
                                                            i.efoId)
                                                    .description(i.setting))
                            .position(40)
                            .searchRank(30)
                            .countBy(
                                    CountField.value("phase"),
                                    CountField.value("developmentStatus"),
                                    CountField.element("region", "regions"),
                                    CountField.reference("product", "name"))
                            .build();

    Indications() {}
}
