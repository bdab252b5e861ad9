package org.pharmapipeline.regulatoryevent;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Regulatory events in the collection registry: the one declaration of the collection. */
public final class RegulatoryEvents {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<
                    RegulatoryEvent, RegulatoryEventRequest, RegulatoryEventResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "regulatory-events",
                                    RegulatoryEvent.class,
                                    RegulatoryEventRequest.class,
                                    RegulatoryEventResponse.class)
                            .service(RegulatoryEventService.class)
                            .noun("regulatory event")
                            .description(
                                    "Submissions, opinions, votes and decisions, past and expected.")
                            .details("Each date carries the precision it is known to.")
                            .naturalKey("productId", "agency", "type", "date")
                            .references("product", ProductCandidate.class)
                            .references("indication", Indication.class)
                            .display("e.description", "e.product.name")
                            .searchText(
                                    r ->
                                            SearchText.of()
                                                    .name(r.procedure)
                                                    .description(r.description))
                            .position(60)
                            .searchRank(50)
                            .countBy(
                                    CountField.value("agency"),
                                    CountField.value("type"),
                                    CountField.value("outcome"),
                                    CountField.value("expected"),
                                    CountField.date("date"),
                                    CountField.reference("product", "name"))
                            .build();

    RegulatoryEvents() {}
}
