package org.pharmapipeline.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * An Accept header that is empty or is no list of media types asks for nothing in particular: it is
 * dropped before an operation is chosen, as if the client had sent none (RFC 9110 lets a server
 * disregard it), rather than failing the negotiation of the lists, which offer JSON, NDJSON and
 * CSV.
 */
@Singleton
public class AcceptHeader {

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE + 2)
                .handler(
                        ctx -> {
                            var headers = ctx.request().headers();
                            if (headers.contains(HttpHeaders.ACCEPT)
                                    && !readable(headers.getAll(HttpHeaders.ACCEPT))) {
                                headers.remove(HttpHeaders.ACCEPT);
                            }
                            ctx.next();
                        });
    }

    static boolean readable(java.util.List<String> values) {
        boolean any = false;
        for (String value : values) {
            for (String type : value.split(",")) {
                if (type.isBlank()) {
                    continue;
                }
                try {
                    MediaType.valueOf(type.strip());
                    any = true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        return any;
    }
}
