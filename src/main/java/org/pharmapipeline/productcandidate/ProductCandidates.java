package org.pharmapipeline.productcandidate;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.query.CountField;

/** Product candidates in the collection registry: the one declaration of the collection. */
public final class ProductCandidates {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<
                    ProductCandidate, ProductCandidateRequest, ProductCandidateResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "product-candidates",
                                    ProductCandidate.class,
                                    ProductCandidateRequest.class,
                                    ProductCandidateResponse.class)
                            .service(ProductCandidateService.class)
                            .noun("product candidate")
                            .description(
                                    "Drugs in development, with owner, partners and derived highest phase.")
                            .naturalKey("name", "ownerId")
                            .naturalKey("emaProductNumber")
                            .references("owner", Company.class)
                            .display("e.name", "e.inn")
                            .searchText(
                                    p ->
                                            SearchText.of()
                                                    .name(p.name, p.inn)
                                                    .names(p.researchCodes)
                                                    .description(p.mechanismOfAction))
                            .position(30)
                            .searchRank(10)
                            .countBy(
                                    CountField.value(
                                            "highestPhase",
                                            "e.highestPhaseRank",
                                            rank -> Phase.ofRank(((Number) rank).intValue())),
                                    CountField.value("status"),
                                    CountField.value("modality"),
                                    CountField.reference("owner", "name"),
                                    CountField.element("therapeuticArea", "therapeuticAreas"))
                            .build();

    ProductCandidates() {}
}
