package org.pharmapipeline.marketestimate;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Market estimates in the collection registry: the one declaration of the collection. */
public final class MarketEstimates {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<
                    MarketEstimate, MarketEstimateRequest, MarketEstimateResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "market-estimates",
                                    MarketEstimate.class,
                                    MarketEstimateRequest.class,
                                    MarketEstimateResponse.class)
                            .service(MarketEstimateService.class)
                            .noun("market estimate")
                            .description(
                                    "Dated figures: market size, prevalence, incidence and others, as each source stated them.")
                            .details("Sources that disagree stay side by side.")
                            .references("product", ProductCandidate.class)
                            .references("indication", Indication.class)
                            .display("e.basis", "e.region")
                            .searchText(m -> SearchText.of().description(m.basis))
                            .position(70)
                            .searchRank(70)
                            .countBy(
                                    CountField.value("metric"),
                                    CountField.value("region"),
                                    CountField.value("currency"),
                                    CountField.date("statedOn"),
                                    CountField.reference("product", "name"))
                            .build();

    MarketEstimates() {}
}
