package org.pharmapipeline.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection with the totals a client needs to render paging controls. */
public record PageResponse<T>(
        @Schema(description = "The records of this page.") List<T> items,
        @Schema(description = "This page's number, counting from 0.", examples = "0") int page,
        @Schema(description = "The requested page size.", examples = "20") int size,
        @Schema(description = "Records matching the filters, over all pages.", examples = "5")
                long totalItems,
        @Schema(description = "Number of pages at this size.", examples = "1") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long total) {
        int pages = (int) Math.max(1, (total + params.size - 1) / params.size);
        return new PageResponse<>(items, params.page, params.size, total, total == 0 ? 0 : pages);
    }

    public <U> PageResponse<U> map(Function<T, U> mapper) {
        return new PageResponse<>(
                items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
