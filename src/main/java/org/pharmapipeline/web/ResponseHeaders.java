package org.pharmapipeline.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, set before any other handler runs so that even the earliest
 * refusals ({@link RequestLimits}) have them: no MIME sniffing, no referrer, and for the API, whose
 * answers are data and never a page, a policy that lets a browser render or frame nothing; for the
 * pages, a policy that allows only the service's own scripts, styles and calls. Swagger UI, under
 * /q, keeps its inline scripts.
 */
@ApplicationScoped
public class ResponseHeaders {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The pages (/, /products/{id}, /calendar) and their scripts and styles: everything from the
     * service itself, no inline script or style, no frame, nothing from elsewhere.
     */
    static final String PAGE_CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; base-uri 'none'; form-action 'self';"
                    + " frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE + 1)
                .handler(
                        ctx -> {
                            MultiMap headers = ctx.response().headers();
                            headers.set("X-Content-Type-Options", "nosniff");
                            headers.set("Referrer-Policy", "no-referrer");
                            String path = ctx.request().path();
                            if (path.startsWith("/api/")) {
                                headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
                            } else if (!path.startsWith("/q/")) {
                                headers.set(
                                        "Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY);
                            }
                            ctx.next();
                        });
    }
}
