package org.pharmapipeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class KindPagerTest {

    /** Three kinds of 3, 0 and 4 records: "a0".."a2", none, "c0".."c3". */
    static final Map<String, Integer> SIZES = Map.of("a", 3, "b", 0, "c", 4);

    final List<String> fetched = new ArrayList<>();

    @Test
    void shouldPageAcrossKindsAsIfTheyWereOneList() {
        assertEquals(List.of("a0", "a1"), page(0, 2).items());
        assertEquals(List.of("a2", "c0"), page(1, 2).items());
        assertEquals(List.of("c1", "c2"), page(2, 2).items());
        assertEquals(List.of("c3"), page(3, 2).items());
        assertEquals(List.of(), page(4, 2).items());
    }

    @Test
    void shouldCountEveryKindAndFetchOnlyTheKindsThePageShows() {
        PageResponse<String> page = page(1, 2);
        assertEquals(7L, page.totalItems());
        assertEquals(4, page.totalPages());
        // Each fetch asks for no more than the room left on the page; empty kinds and kinds
        // wholly before or after the page are counted, never fetched.
        assertEquals(List.of("a@2+2", "c@0+1"), fetched);
        fetched.clear();
        page(0, 2);
        assertEquals(List.of("a@0+2"), fetched);
        fetched.clear();
        page(3, 2);
        assertEquals(List.of("c@3+2"), fetched);
    }

    private PageResponse<String> page(int number, int size) {
        PageParams params = new PageParams();
        params.page = number;
        params.size = size;
        return KindPager.page(
                List.of("a", "b", "c"),
                (String kind) ->
                        new KindPager.Part<String>() {
                            @Override
                            public long count() {
                                return SIZES.get(kind);
                            }

                            @Override
                            public List<String> fetch(int offset, int limit) {
                                fetched.add(kind + "@" + offset + "+" + limit);
                                return IntStream.range(
                                                offset, Math.min(offset + limit, SIZES.get(kind)))
                                        .mapToObj(i -> kind + i)
                                        .toList();
                            }
                        },
                params);
    }
}
