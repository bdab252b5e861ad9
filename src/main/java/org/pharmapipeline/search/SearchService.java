package org.pharmapipeline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.collection.SearchText;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.query.Cursor;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.query.Sorting;
import org.pharmapipeline.query.Where;

/**
 * Search over the index that {@link SearchIndexService} keeps: a record matches when every word of
 * the query is one of its words, the last word also as the start of one. Hits rank by relevance
 * (the weights of the fields the words were found in, an exact last word above a prefix), then by
 * title, kind and id, so pages are stable; they page by number or by cursor, as lists do.
 */
@ApplicationScoped
public class SearchService {

    /** Words a query may have, at most. */
    public static final int MAX_WORDS = 10;

    /** Suggestions a type-ahead answer holds, at most. */
    public static final int MAX_SUGGESTIONS = 10;

    /** The order of hits: relevance, then title, kind and id. */
    private static final Sorting.Order ORDER =
            Sorting.by("-score,title,kind")
                    .field("score", "e.score", Long.class)
                    .field("title", "e.title_key", String.class)
                    .field("kind", "e.kind", String.class)
                    .order(null);

    @Inject EntityManager em;

    @Inject CollectionRegistry collections;

    /** One page of the records matching {@code text}, of the {@code kinds} given (all if none). */
    public PageResponse<SearchHit> search(String text, Set<RecordKind> kinds, SearchParams page) {
        List<String> words = words(text, "q");
        Where where = Where.create();
        kinds(where, kinds);
        boolean keyset = ORDER.resume(where, page.cursor, page.page);
        long total = 0;
        if (!keyset) {
            Query count =
                    em.createNativeQuery(
                            "select count(*) from (" + hits(words) + ") e" + where.jpql());
            bind(count, words, where);
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<Object[]> rows = List.of();
        if (keyset || page.offset() < total) {
            Query query = query(words, where);
            if (!keyset) {
                query.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE));
            }
            rows = rows(query.setMaxResults(page.size + 1));
        }
        boolean more = rows.size() > page.size;
        List<Object[]> shown = more ? rows.subList(0, page.size) : rows;
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = Cursor.encode(ORDER, new Object[] {last[2], last[3], last[1], last[0]});
        }
        Map<UUID, Object[]> documents = documents(shown);
        List<SearchHit> items = new ArrayList<>();
        for (Object[] row : shown) {
            UUID id = (UUID) row[0];
            Object[] document = documents.get(id);
            items.add(
                    new SearchHit(
                            kind(row),
                            id,
                            (String) document[1],
                            (String) document[2],
                            Snippet.of((String) document[3], words),
                            href(row)));
        }
        return keyset
                ? PageResponse.continued(items, page.size, next)
                : PageResponse.numbered(items, page, total, next);
    }

    /**
     * At most {@code limit} records whose names, INNs or codes hold every word of {@code text}, the
     * last as a word or the start of one: first those holding the last word whole, then those that
     * only start a longer word with it, each group in title order. That is the order of {@link
     * #search} over names alone (every name word weighs the same, and a whole last word counts
     * twice), read from type-ahead's own index ({@link #names}).
     */
    public SuggestResponse suggest(String text, Set<RecordKind> kinds, int limit) {
        List<String> words = words(text, "q");
        List<Object[]> rows = new ArrayList<>(names(words, kinds, true, limit));
        if (rows.size() < limit) {
            rows.addAll(names(words, kinds, false, limit - rows.size()));
        }
        Map<UUID, Object[]> documents = documents(rows);
        List<Suggestion> items = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] document = documents.get((UUID) row[0]);
            items.add(
                    new Suggestion(
                            kind(row),
                            (UUID) row[0],
                            (String) document[1],
                            (String) document[2],
                            href(row)));
        }
        return new SuggestResponse(items);
    }

    /**
     * The first {@code limit} records, in title order, whose name words hold every word of {@code
     * words} and the last one {@code whole}, or only as the start of a longer word. They are read
     * from search_name, whose key leads with the word and then the title key: for a whole word the
     * first rows of its range are the answer, however many records share the word, and each other
     * word costs a lookup by key a row. A record that holds several words starting with the last
     * one is listed once.
     */
    private List<Object[]> names(
            List<String> words, Set<RecordKind> kinds, boolean whole, int limit) {
        int last = words.size() - 1;
        String word = words.get(last);
        Map<String, Object> names = Map.of("names", SearchText.Weight.NAME.points());
        Where where = Where.create();
        kinds(where, kinds);
        if (whole) {
            where.condition("e.term = :last", Map.of("last", word));
        } else {
            String bound = Words.bound(word);
            Map<String, Object> range = new HashMap<>(Map.of("last", word));
            if (bound != null) {
                range.put("bound", bound);
            }
            where.condition("e.term > :last" + (bound == null ? "" : " and e.term < :bound"), range)
                    .condition(
                            "not exists (select 1 from search_term x where x.term = :last and"
                                    + " x.record_id = e.record_id and x.weight >= :names)",
                            names);
        }
        for (int i = 0; i < last; i++) {
            where.condition(
                    "exists (select 1 from search_term o where o.term = :w"
                            + i
                            + " and o.record_id = e.record_id and o.weight >= :names)",
                    Map.of("w" + i, words.get(i), "names", SearchText.Weight.NAME.points()));
        }
        Query query =
                em.createNativeQuery(
                        "select e.record_id, e.kind from search_name e"
                                + where.jpql()
                                + (whole ? "" : " group by e.record_id, e.kind, e.title_key")
                                + " order by e.title_key, e.kind, e.record_id");
        where.params().forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.setMaxResults(limit).getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new Object[] {SearchIndexService.uuid(columns[0]), columns[1]});
        }
        return rows;
    }

    private static List<String> words(String text, String parameter) {
        List<String> words = Words.of(text);
        if (words.isEmpty()) {
            throw ProblemException.invalid(parameter, "must hold a letter or a digit");
        }
        if (words.size() > MAX_WORDS) {
            throw ProblemException.invalid(parameter, "must hold at most " + MAX_WORDS + " words");
        }
        return words;
    }

    /**
     * Keeps to the kinds asked for, or to every searchable collection's: the index may hold
     * documents of a collection the running service does not register.
     */
    private void kinds(Where where, Set<RecordKind> kinds) {
        List<String> wanted =
                collections.byKind().stream()
                        .filter(
                                c ->
                                        c.searchable()
                                                && (kinds.isEmpty() || kinds.contains(c.kind())))
                        .map(c -> c.kind().name())
                        .toList();
        if (wanted.isEmpty()) {
            where.condition("1 = 0", Map.of());
        } else {
            where.clause("e.kind in (:%s)", wanted);
        }
    }

    /**
     * The SQL of the records matching every word, aliased so that {@link #ORDER} applies: their id,
     * kind, score and the sort key of the title. The last word's range (the word and every word it
     * starts) is read from the index, and for each entry its record's kind and title key, and each
     * other word, are looked up by primary key: a common earlier word costs one lookup per record
     * the last word found, not a pass over all its entries. The lookups are subqueries rather than
     * joins so that no database can choose to read every document first (H2 did, for the kinds). A
     * record scores the weight of the most important field each word was found in, and the last
     * word's weight once more when it was found whole rather than as a prefix. The texts a hit
     * shows are read afterwards, for the page's records only ({@link #documents}).
     */
    private static String hits(List<String> words) {
        int last = words.size() - 1;
        StringBuilder found =
                new StringBuilder(
                        "select t.record_id, t.term, t.weight, (select d.kind from search_document d"
                                + " where d.record_id = t.record_id) as kind, (select d.title_key"
                                + " from search_document d where d.record_id = t.record_id) as"
                                + " title_key");
        StringBuilder score =
                new StringBuilder(
                        "max(x.weight) + max(case when x.term = :w"
                                + last
                                + " then x.weight else 0 end)");
        List<String> every = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            found.append(", (select w.weight from search_term w where w.term = :w")
                    .append(i)
                    .append(" and w.record_id = t.record_id")
                    .append(") as w")
                    .append(i);
            score.append(" + max(x.w").append(i).append(")");
            every.add("x.w" + i + " is not null");
        }
        found.append(" from search_term t where t.term >= :w")
                .append(last)
                .append(Words.bound(words.get(last)) == null ? "" : " and t.term < :bound");
        return "select x.record_id as id, x.kind as kind, "
                + score
                + " as score, x.title_key as title_key from ("
                + found
                + ") x"
                + (every.isEmpty() ? "" : " where " + String.join(" and ", every))
                + " group by x.record_id, x.kind, x.title_key";
    }

    /** The title, subtitle and text of the records of {@code rows}, by id, in one statement. */
    private Map<UUID, Object[]> documents(List<Object[]> rows) {
        Map<UUID, Object[]> documents = new HashMap<>();
        if (rows.isEmpty()) {
            return documents;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found =
                em.createNativeQuery(
                                "select record_id, title, subtitle, body from search_document"
                                        + " where record_id in (:ids)")
                        .setParameter("ids", rows.stream().map(row -> (UUID) row[0]).toList())
                        .getResultList();
        for (Object[] document : found) {
            documents.put(SearchIndexService.uuid(document[0]), document);
        }
        return documents;
    }

    private Query query(List<String> words, Where where) {
        Query query =
                em.createNativeQuery(
                        "select e.id, e.kind, e.score, e.title_key from ("
                                + hits(words)
                                + ") e"
                                + where.jpql()
                                + " order by "
                                + ORDER.orderBy());
        bind(query, words, where);
        return query;
    }

    private static void bind(Query query, List<String> words, Where where) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        String bound = Words.bound(words.get(words.size() - 1));
        if (bound != null) {
            query.setParameter("bound", bound);
        }
        where.params().forEach(query::setParameter);
    }

    /**
     * The rows of a query (id, kind, score, title key), ids as UUIDs and scores as longs whatever
     * the database returns.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            Object[] copy = row.clone();
            copy[0] = SearchIndexService.uuid(row[0]);
            copy[2] = ((Number) row[2]).longValue();
            rows.add(copy);
        }
        return rows;
    }

    private RecordKind kind(Object[] row) {
        return collections.kind((String) row[1]).orElseThrow().kind();
    }

    private String href(Object[] row) {
        return collections.kind((String) row[1]).orElseThrow().href((UUID) row[0]);
    }
}
