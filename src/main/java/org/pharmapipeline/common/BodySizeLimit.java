package org.pharmapipeline.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a 413 problem before it is read. The HTTP layer enforces
 * the same limit (quarkus.http.limits.max-body-size) on bodies sent without a length, but answers
 * those without a problem body.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(
                        ctx -> {
                            String length = ctx.request().getHeader("Content-Length");
                            if (length != null && tooLong(length, limit)) {
                                Problem problem =
                                        ProblemException.payloadTooLarge(length.strip(), limit)
                                                .toProblem(ctx.request().path());
                                ctx.response()
                                        .setStatusCode(413)
                                        .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                                        .putHeader("Connection", "close")
                                        .end(Json.encode(problem));
                                return;
                            }
                            ctx.next();
                        });
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
