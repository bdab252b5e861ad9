package org.pharmapipeline.query;

import jakarta.persistence.EntityManager;
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

    /**
     * A kind's part made of two JPQL queries that bind one parameter: the count of its rows, and
     * the rows themselves in their order, each made an item by {@code item}.
     */
    public static <T> Part<T> queried(
            EntityManager em,
            String count,
            String rows,
            String parameter,
            Object value,
            Function<Object[], T> item) {
        return new Part<>() {
            @Override
            public long count() {
                return em.createQuery(count, Long.class)
                        .setParameter(parameter, value)
                        .getSingleResult();
            }

            @Override
            public List<T> fetch(int offset, int limit) {
                return em
                        .createQuery(rows, Object[].class)
                        .setParameter(parameter, value)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(item)
                        .toList();
            }
        };
    }

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
