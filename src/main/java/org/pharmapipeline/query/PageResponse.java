package org.pharmapipeline.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection. A page asked for by number carries the totals a client needs to render
 * paging controls, exact up to {@link #EXACT_TOTAL_LIMIT} matches and beyond that only the fact
 * that there are more (counting every match is the one cost that grows with the collection); a page
 * asked for by cursor carries none. Both carry the cursor of the page after them.
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
                                "Records matching the filters, over all pages, counted up to"
                                        + " 10,000: when more match, 10,000 and totalItemsExact is"
                                        + " false. Null on a page asked for by cursor.",
                        examples = "5",
                        nullable = true)
                Long totalItems,
        @Schema(
                        description =
                                "Whether totalItems is the exact number of matches (true) or a"
                                        + " lower bound: more than 10,000 match (false). Null on a"
                                        + " page asked for by cursor.",
                        examples = "true",
                        nullable = true)
                Boolean totalItemsExact,
        @Schema(
                        description =
                                "Number of pages at this size; null on a page asked for by cursor"
                                        + " and when totalItems is not exact.",
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

    /**
     * Matches are counted exactly up to this many; a list counts at most one more, to know whether
     * there are more.
     */
    public static final int EXACT_TOTAL_LIMIT = 10_000;

    /**
     * A page asked for by number; {@code total} is exact when at most {@link #EXACT_TOTAL_LIMIT},
     * and otherwise says only that more match.
     */
    public static <T> PageResponse<T> numbered(
            List<T> items, PageParams params, long total, String nextCursor) {
        if (total > EXACT_TOTAL_LIMIT) {
            return new PageResponse<>(
                    items,
                    params.page,
                    params.size,
                    (long) EXACT_TOTAL_LIMIT,
                    false,
                    null,
                    nextCursor);
        }
        return exact(items, params, total, nextCursor);
    }

    private static <T> PageResponse<T> exact(
            List<T> items, PageParams params, long total, String nextCursor) {
        int pages = (int) Math.max(1, (total + params.size - 1) / params.size);
        return new PageResponse<>(
                items, params.page, params.size, total, true, total == 0 ? 0 : pages, nextCursor);
    }

    /** Whether the totals are exact: a numbered page with at most the limit of matches. */
    public boolean exact() {
        return Boolean.TRUE.equals(totalItemsExact);
    }

    /**
     * A page asked for by number, in an order that has no cursors: its total is exact however
     * large, for it is the only way to the last page.
     */
    public static <T> PageResponse<T> of(List<T> items, PageParams params, long total) {
        return exact(items, params, total, null);
    }

    /** A page asked for by cursor. */
    public static <T> PageResponse<T> continued(List<T> items, int size, String nextCursor) {
        return new PageResponse<>(items, null, size, null, null, null, nextCursor);
    }
}
