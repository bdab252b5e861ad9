package org.pharmapipeline.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pages over results drawn from several kinds of record in a fixed order, as if they were one list:
 * it counts each kind, skips whole kinds before the requested offset and fetches only the rows the
 * page shows.
 */
public final class KindPager {

    /** One kind's part of the list: how many rows it has, and a slice of them. */
    public interface Part<T> {
        long count();

        List<T> fetch(int offset, int limit);
    }

    private KindPager() {}

    public static <K, T> PageResponse<T> page(
            List<K> kinds, Function<K, Part<T>> parts, PageParams page) {
        long total = 0;
        long skip = page.offset();
        List<T> items = new ArrayList<>();
        for (K kind : kinds) {
            Part<T> part = parts.apply(kind);
            long count = part.count();
            total += count;
            if (items.size() < page.size && skip < count) {
                items.addAll(part.fetch((int) skip, page.size - items.size()));
            }
            skip = Math.max(0, skip - count);
        }
        return PageResponse.of(items, page, total);
    }
}
