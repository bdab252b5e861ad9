package org.pharmapipeline.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection. A page asked for by number carries the totals a client needs to render
 * paging controls; a page asked for by cursor does not (counting every match is the one cost that
 * grows with the collection), and both carry the cursor of the page after them.
 */
public record PageResponse<T>(
        @Schema(description = "The records of this page.") List<T> items,
        @Schema(
                        description =
                                "This page's number, counting from 0; null on a page asked for by"
                                        + " cursor.",
                        examples = "0",
                        nullable = true)
                Integer page,
        @Schema(description = "The requested page size.", examples = "20") int size,
        @Schema(
                        description =
                                "Records matching the filters, over all pages; null on a page asked"
                                        + " for by cursor.",
                        examples = "5",
                        nullable = true)
                Long totalItems,
        @Schema(
                        description =
                                "Number of pages at this size; null on a page asked for by cursor.",
                        examples = "1",
                        nullable = true)
                Integer totalPages,
        @Schema(
                        description =
                                "Pass as cursor (with the same sort and filters) to get the next"
                                        + " page; null on the last page, and on lists that page by"
                                        + " number only.",
                        nullable = true)
                String nextCursor) {

    /** A page asked for by number. */
    public static <T> PageResponse<T> numbered(
            List<T> items, PageParams params, long total, String nextCursor) {
        int pages = (int) Math.max(1, (total + params.size - 1) / params.size);
        return new PageResponse<>(
                items, params.page, params.size, total, total == 0 ? 0 : pages, nextCursor);
    }

    /** A page asked for by number, in an order that has no cursors. */
    public static <T> PageResponse<T> of(List<T> items, PageParams params, long total) {
        return numbered(items, params, total, null);
    }

    /** A page asked for by cursor. */
    public static <T> PageResponse<T> continued(List<T> items, int size, String nextCursor) {
        return new PageResponse<>(items, null, size, null, null, nextCursor);
    }
}
