package org.pharmapipeline.orphandesignation;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Orphan designations in the collection registry: the one declaration of the collection. */
public final class OrphanDesignations {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<
                    OrphanDesignation, OrphanDesignationRequest, OrphanDesignationResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "orphan-designations",
                                    OrphanDesignation.class,
                                    OrphanDesignationRequest.class,
                                    OrphanDesignationResponse.class)
                            .service(OrphanDesignationService.class)
                            .noun("orphan designation")
                            .description(
                                    "Orphan designations granted by the EMA, the FDA and other agencies.")
                            .details("Numbers are checked against each agency's format.")
                            .naturalKey("designationNumber")
                            .naturalKey(
                                    "productId", "agency", "designatedCondition", "designationDate")
                            .references("product", ProductCandidate.class)
                            .references("indication", Indication.class)
                            .references("sponsor", Company.class)
                            .display("e.designatedCondition", "e.product.name")
                            .searchText(
                                    d ->
                                            SearchText.of()
                                                    .name(d.designationNumber)
                                                    .disease(d.designatedCondition))
                            .position(50)
                            .searchRank(40)
                            .countBy(
                                    CountField.value("agency"),
                                    CountField.value("region"),
                                    CountField.value("status"),
                                    CountField.date("designationDate"),
                                    CountField.reference("product", "name"),
                                    CountField.reference("sponsor", "name"))
                            .build();

    OrphanDesignations() {}
}
