package org.pharmapipeline.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.query.PageResponse;

/**
 * The HTTP side of reads and writes, shared by every resource: ETags, 304, 201 + Location, Link.
 */
public final class Http {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Http() {}

    /** A single record with its ETag, or 304 when the client already has this version. */
    public static <R extends Versioned> RestResponse<R> read(R body, String ifNoneMatch) {
        String etag = ETags.of(body.version());
        if (!ETags.noneMatch(ifNoneMatch, body.version())) {
            return RestResponse.ResponseBuilder.<R>notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static <R extends Versioned> RestResponse<R> created(R body, UriInfo uri) {
        return RestResponse.ResponseBuilder.<R>created(
                        uri.getAbsolutePathBuilder().path(body.id().toString()).build())
                .entity(body)
                .header(HttpHeaders.ETAG, ETags.of(body.version()))
                .build();
    }

    public static <R extends Versioned> RestResponse<R> updated(R body) {
        return RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.ETAG, ETags.of(body.version()))
                .build();
    }

    public static RestResponse<Void> deleted() {
        return RestResponse.noContent();
    }

    /**
     * A page with RFC 8288 links: first, and next (by cursor when the page has one, so following
     * next never costs more as it goes deeper); a numbered page also gets prev, and when its total
     * is exact, last and the total in X-Total-Count.
     */
    public static <T> RestResponse<PageResponse<T>> page(PageResponse<T> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        RestResponse.ResponseBuilder<PageResponse<T>> response =
                RestResponse.ResponseBuilder.ok(page);
        int last = page.exact() ? Math.max(page.totalPages() - 1, 0) : Integer.MAX_VALUE;
        if (page.page() != null && page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.nextCursor() != null) {
            UriBuilder next =
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("page")
                            .replaceQueryParam("cursor", page.nextCursor());
            links.add(Link.fromUri(next.build()).rel("next").build());
        } else if (page.exact() && page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.exact()) {
            links.add(link(uri, last, "last"));
            response.header(TOTAL_COUNT, page.totalItems());
        }
        return response.header(
                        "Link", String.join(", ", links.stream().map(Link::toString).toList()))
                .build();
    }

    private static Link link(UriInfo uri, int page, String rel) {
        UriBuilder target =
                uri.getRequestUriBuilder()
                        .replaceQueryParam("cursor")
                        .replaceQueryParam("page", page);
        return Link.fromUri(target.build()).rel(rel).build();
    }
}
