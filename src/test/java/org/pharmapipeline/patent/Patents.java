package org.pharmapipeline.patent;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.CountField;

/** Patents in the collection registry: the one registration of the tenth collection. */
public final class Patents {

    @Produces
    @IfBuildProperty(name = PatentsRegistered.PROPERTY, stringValue = PatentsRegistered.VALUE)
    public static final CollectionDefinition<Patent, PatentRequest, PatentResponse> COLLECTION =
            CollectionDefinition.builder(
                            "patents", Patent.class, PatentRequest.class, PatentResponse.class)
                    .service(PatentService.class)
                    .noun("patent")
                    .description("Patents that protect product candidates.")
                    .naturalKey("patentNumber")
                    .references("product", ProductCandidate.class)
                    .display("e.patentNumber", "e.product.name")
                    .searchText(p -> SearchText.of().name(p.patentNumber).description(p.title))
                    .countBy(
                            CountField.value("office"),
                            CountField.date("expiresOn"),
                            CountField.reference("product", "name"))
                    .build();

    Patents() {}
}
