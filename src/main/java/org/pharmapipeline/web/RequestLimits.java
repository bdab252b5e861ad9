package org.pharmapipeline.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;

/**
 * Answers requests over the service's limits with a problem before anything reads them: an
 * announced body larger than the route takes (413) and a query string longer than
 * pipeline.http.max-query-length (414). API bodies may have pipeline.http.max-body-size bytes;
 * uploads for import, pipeline.import.max-upload-size, the limit the HTTP layer itself is set to
 * (quarkus.http.limits.max-body-size). The HTTP layer enforces the route's limit on bodies sent
 * without a length, and quarkus.http.limits.max-initial-line-length on the whole request line, but
 * answers those without a problem body; an import counts the bytes of its upload itself and answers
 * with a problem.
 */
@ApplicationScoped
public class RequestLimits {

    /** Where the HTTP layer keeps the limit of a body sent without a length. */
    private static final String CHUNKED_LIMIT = "io.quarkus.max-request-size";

    /** Uploads for import: POST /api/v1/imports and POST /api/v1/{collection}/imports. */
    private static final Pattern UPLOAD =
            Pattern.compile("/api/v1/(imports|[a-z]+(-[a-z]+)*/imports)/?");

    @ConfigProperty(name = "pipeline.http.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "pipeline.import.max-upload-size", defaultValue = "2G")
    MemorySize maxUploadSize;

    @ConfigProperty(name = "pipeline.http.max-query-length", defaultValue = "2048")
    int maxQueryLength;

    void install(@Observes Router router) {
        // Right after ResponseHeaders, so refusals carry its headers.
        router.route()
                .order(Integer.MIN_VALUE + 3)
                .handler(
                        ctx -> {
                            String query = ctx.request().query();
                            String length = ctx.request().getHeader("Content-Length");
                            long bodyLimit = limitOf(ctx);
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
        // After the HTTP layer has set its own (the largest) limit for a body without a length:
        // API bodies get theirs back, uploads are counted by the import.
        router.route()
                .order(-1)
                .handler(
                        ctx -> {
                            if (ctx.get(CHUNKED_LIMIT) != null) {
                                if (isUpload(ctx)) {
                                    ctx.remove(CHUNKED_LIMIT);
                                } else {
                                    ctx.put(CHUNKED_LIMIT, maxBodySize.asLongValue());
                                }
                            }
                            ctx.next();
                        });
    }

    private long limitOf(RoutingContext ctx) {
        return isUpload(ctx) ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
    }

    private static boolean isUpload(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.POST
                && UPLOAD.matcher(ctx.request().path()).matches();
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
