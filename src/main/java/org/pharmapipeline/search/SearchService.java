package org.pharmapipeline.search;

import static org.pharmapipeline.collection.CollectionDefinition.LIKE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.KindPager;
import org.pharmapipeline.query.PageParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.query.Where;

/**
 * Case-insensitive search across every registered collection, each matching on what its declaration
 * names (names, INNs, codes, diseases, descriptions), and the records of a product also by its name
 * and INN. Results list kind by kind (in {@link CollectionRegistry#byKind()} order), by title
 * within a kind, and page over the whole list.
 */
@ApplicationScoped
public class SearchService {

    @Inject EntityManager em;

    @Inject CollectionRegistry collections;

    /** The FROM and WHERE of a kind's hits; a record of a product also matches on the product. */
    private static String from(CollectionDefinition<?, ?, ?> kind) {
        String entity = kind.entity().getSimpleName();
        String product = kind.referenceTo(ProductCandidate.class);
        if (product != null) {
            return " from "
                    + entity
                    + " e left join e."
                    + product
                    + " p where ("
                    + kind.match()
                    + ") or lower(p.name)"
                    + LIKE
                    + " or lower(p.inn)"
                    + LIKE;
        }
        return " from " + entity + " e where " + kind.match();
    }

    /**
     * @param kinds the kinds of record to search; every kind when empty
     */
    public PageResponse<SearchHit> search(String text, Set<RecordKind> kinds, PageParams page) {
        String pattern = Where.likePattern(text);
        List<CollectionDefinition<?, ?, ?>> wanted =
                collections.byKind().stream()
                        .filter(c -> kinds.isEmpty() || kinds.contains(c.kind()))
                        .toList();
        return KindPager.page(
                wanted,
                kind ->
                        KindPager.queried(
                                em,
                                "select count(e)" + from(kind),
                                "select e.id, "
                                        + kind.title()
                                        + ", "
                                        + kind.subtitle()
                                        + from(kind)
                                        + " order by "
                                        + kind.title()
                                        + ", e.id",
                                "q",
                                pattern,
                                r ->
                                        new SearchHit(
                                                kind.kind(),
                                                (UUID) r[0],
                                                (String) r[1],
                                                (String) r[2],
                                                kind.href((UUID) r[0]))),
                page);
    }
}
