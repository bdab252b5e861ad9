package org.pharmapipeline.company;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.query.CountField;

/** Companies in the collection registry: the one declaration of the collection. */
public final class Companies {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<Company, CompanyRequest, CompanyResponse> COLLECTION =
            CollectionDefinition.builder(
                            "companies", Company.class, CompanyRequest.class, CompanyResponse.class)
                    .service(CompanyService.class)
                    .noun("company")
                    .description("Companies that own or partner on product candidates.")
                    .details(
                            "Sponsors of orphan designations too, with their aliases and stock listings.")
                    .naturalKey("name")
                    .display("e.name", "e.headquarters")
                    .searchText(c -> SearchText.of().name(c.name).names(c.aliases))
                    .position(20)
                    .searchRank(20)
                    .countBy(CountField.value("country"))
                    .build();

    Companies() {}
}
