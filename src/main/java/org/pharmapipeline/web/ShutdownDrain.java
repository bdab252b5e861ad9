package org.pharmapipeline.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.ProblemMappers;
import org.pharmapipeline.problem.ProblemType;

/**
 * Turns new requests away once the shutdown delay is over and the server drains. The server waits
 * for the requests in flight, but keeps taking new ones until it closes, and closes as soon as none
 * is in flight: under steady load a request taken in that last instant would be cut off. From the
 * end of the delay on, a new request is answered at once with a 503 problem and {@code Connection:
 * close}, which a client can safely retry elsewhere, so only requests already in flight remain.
 * Requests under /q/ (probes, metrics) are still answered.
 */
@ApplicationScoped
public class ShutdownDrain {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    // Where the HTTP server metrics read the route template of a request.
    private static final String METRIC_URI_KEY = "UrlPathTemplate";
    static final String METRIC_URI = "/SHUTTING_DOWN";

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> delay;

    private volatile boolean draining;

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE + 2)
                .handler(
                        ctx -> {
                            if (draining && !ctx.request().path().startsWith("/q/")) {
                                // No route template matched: label the timing with a constant
                                // instead of the raw path, which would make every id a label.
                                Vertx.currentContext().putLocal(METRIC_URI_KEY, METRIC_URI);
                                Problem problem =
                                        new ProblemException(
                                                        503,
                                                        ProblemType.SHUTTING_DOWN,
                                                        "The service is shutting down",
                                                        "This instance takes no new requests; send"
                                                                + " the request again.",
                                                        null)
                                                .toProblem(ctx.request().path());
                                ctx.response()
                                        .setStatusCode(503)
                                        .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                                        .putHeader("Connection", "close")
                                        .putHeader("Retry-After", "1")
                                        .end(Json.encode(problem));
                                return;
                            }
                            ctx.next();
                        });
    }

    /** Readiness is DOWN from now on; new requests are still served until the delay is over. */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        long millis = delay.orElse(Duration.ZERO).toMillis();
        CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(this::drain);
    }

    void drain() {
        draining = true;
        LOG.info("Shutdown delay over: new requests are turned away, requests in flight finish");
    }

    /** Only for tests, which cannot stop the application they run in. */
    void resume() {
        draining = false;
    }
}
