package org.pharmapipeline.imports;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.web.RequestIds;

/**
 * A collection's own import path: POST /api/v1/companies/imports is POST
 * /api/v1/imports?collection=companies, its records all of that collection. The request is routed
 * anew to the import resource before anything reads it, so it meets the same checks; a collection's
 * resource, which owns the paths below it, never sees it.
 */
@ApplicationScoped
public class CollectionImportRoute {

    @Inject CollectionRegistry collections;

    void install(@Observes Router router) {
        // After the request id and the request limits (which know upload paths), before the rest.
        router.postWithRegex("/api/v1/([a-z]+(?:-[a-z]+)*)/imports/?")
                .order(Integer.MIN_VALUE + 4)
                .handler(
                        ctx -> {
                            String name = ctx.pathParam("param0");
                            if (collections.all().stream().noneMatch(c -> c.name().equals(name))) {
                                ctx.next();
                                return;
                            }
                            // The request keeps its id on its second way through the routes.
                            ctx.request()
                                    .headers()
                                    .set(
                                            RequestIds.HEADER,
                                            ctx.response().headers().get(RequestIds.HEADER));
                            String query = ctx.request().query();
                            ctx.reroute(
                                    ImportResource.PATH
                                            + "?collection="
                                            + name
                                            + (query == null || query.isEmpty()
                                                    ? ""
                                                    : "&" + query));
                        });
    }
}
