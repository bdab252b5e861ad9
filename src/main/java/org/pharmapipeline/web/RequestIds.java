package org.pharmapipeline.web;

import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token, a new UUID
 * otherwise. The id is returned in the same header, named by the access log and put in the logging
 * context (MDC key {@code requestId}), so every line logged for a request can be found from the id
 * a client reports. Registered before the other routes, so even an early 413 carries it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // Anything else (long values, spaces, control characters) could forge or flood log lines.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(
                        ctx -> {
                            String id = accepted(ctx.request().getHeader(HEADER));
                            ctx.response().putHeader(HEADER, id);
                            // The MDC of a request lives in its Vert.x context, so it follows the
                            // request to the worker thread that serves it.
                            MDC.put(MDC_KEY, id);
                            ctx.next();
                        });
    }

    static String accepted(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
