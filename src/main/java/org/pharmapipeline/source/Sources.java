package org.pharmapipeline.source;

import jakarta.enterprise.inject.Produces;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.query.CountField;

/** Sources in the collection registry: the one declaration of the collection. */
public final class Sources {

    /**
     * Registered by being produced: {@link org.pharmapipeline.collection.CollectionRegistry}
     * collects it.
     */
    @Produces
    public static final CollectionDefinition<SourceDocument, SourceRequest, SourceResponse>
            COLLECTION =
                    CollectionDefinition.builder(
                                    "sources",
                                    SourceDocument.class,
                                    SourceRequest.class,
                                    SourceResponse.class)
                            .service(SourceService.class)
                            .noun("source document")
                            .description(
                                    "Source documents: press releases, filings, registry records; every citation points at one.")
                            .details("A source cannot be deleted while any record cites it.")
                            .naturalKey("contentHash")
                            .display("e.title", "e.publisher")
                            .searchText(
                                    s ->
                                            SearchText.of()
                                                    .description(s.title, s.publisher, s.reference))
                            .position(10)
                            .searchRank(80)
                            .citable()
                            .countBy(
                                    CountField.value("type"),
                                    CountField.value("publisher"),
                                    CountField.date("publishedOn"))
                            .build();

    Sources() {}
}
