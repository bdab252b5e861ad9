package org.pharmapipeline.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;

/**
 * Answers requests over the service's limits with a problem before anything reads them: an
 * announced body larger than quarkus.http.limits.max-body-size (413) and a query string longer than
 * pipeline.http.max-query-length (414). The HTTP layer enforces the body limit on bodies sent
 * without a length, and quarkus.http.limits.max-initial-line-length on the whole request line, but
 * answers those without a problem body.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "pipeline.http.max-query-length", defaultValue = "2048")
    int maxQueryLength;

    void install(@Observes Router router) {
        long bodyLimit = maxBodySize.asLongValue();
        // Right after ResponseHeaders, so refusals carry its headers.
        router.route()
                .order(Integer.MIN_VALUE + 3)
                .handler(
                        ctx -> {
                            String query = ctx.request().query();
                            String length = ctx.request().getHeader("Content-Length");
                            if (query != null && query.length() > maxQueryLength) {
                                refuse(
                                        ctx,
                                        ProblemException.uriTooLong(
                                                query.length(), maxQueryLength));
                            } else if (length != null && tooLong(length, bodyLimit)) {
                                refuse(
                                        ctx,
                                        ProblemException.payloadTooLarge(
                                                length.strip(), bodyLimit));
                            } else {
                                ctx.next();
                            }
                        });
    }

    private static void refuse(RoutingContext ctx, ProblemException problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                // The rest of the request is not read, so the connection cannot be reused.
                .putHeader("Connection", "close")
                .end(Json.encode(problem.toProblem(ctx.request().path())));
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
