package org.pharmapipeline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.collection.RecordKind;
import org.pharmapipeline.query.KindPager;
import org.pharmapipeline.query.PageParams;
import org.pharmapipeline.query.PageResponse;
import org.pharmapipeline.query.Where;

/**
 * Case-insensitive search across the names, INNs, codes, diseases and descriptions of every kind of
 * record, and records of a product by its name and INN. Results list kind by kind (in {@link
 * RecordKind} order), by title within a kind, and page over the whole list.
 */
@ApplicationScoped
public class SearchService {

    private static final String LIKE = " like :q escape '!'";

    /** What each kind matches on (JPQL over alias e, the pattern bound as :q). */
    private static final Map<RecordKind, String> MATCH =
            Map.of(
                    RecordKind.PRODUCT_CANDIDATE,
                            "lower(e.name)"
                                    + LIKE
                                    + " or lower(e.inn)"
                                    + LIKE
                                    + " or lower(e.mechanismOfAction)"
                                    + LIKE
                                    + " or exists (select 1 from ProductCandidate p join"
                                    + " p.researchCodes c where p = e and lower(c)"
                                    + LIKE
                                    + ")",
                    RecordKind.COMPANY,
                            "lower(e.name)"
                                    + LIKE
                                    + " or exists (select 1 from Company c join c.aliases a"
                                    + " where c = e and lower(a)"
                                    + LIKE
                                    + ")",
                    RecordKind.INDICATION,
                            "lower(e.diseaseLabel)"
                                    + LIKE
                                    + " or lower(e.setting)"
                                    + LIKE
                                    + " or lower(e.meshId)"
                                    + LIKE
                                    + " or lower(e.icd10Code)"
                                    + LIKE
                                    + " or lower(e.efoId)"
                                    + LIKE,
                    RecordKind.ORPHAN_DESIGNATION,
                            "lower(e.designatedCondition)"
                                    + LIKE
                                    + " or lower(e.designationNumber)"
                                    + LIKE,
                    RecordKind.REGULATORY_EVENT,
                            "lower(e.description)" + LIKE + " or lower(e.procedure)" + LIKE,
                    RecordKind.CLINICAL_TRIAL,
                            "lower(e.title)"
                                    + LIKE
                                    + " or lower(e.primaryEndpoint)"
                                    + LIKE
                                    + " or lower(e.registryId)"
                                    + LIKE
                                    + " or lower(e.publication)"
                                    + LIKE,
                    RecordKind.MARKET_ESTIMATE, "lower(e.basis)" + LIKE,
                    RecordKind.SOURCE,
                            "lower(e.title)"
                                    + LIKE
                                    + " or lower(e.publisher)"
                                    + LIKE
                                    + " or lower(e.reference)"
                                    + LIKE);

    /**
     * Kinds that belong to a product: they also match on its name and INN ("ceplene" finds its
     * events).
     */
    private static final Set<RecordKind> OF_A_PRODUCT =
            EnumSet.of(
                    RecordKind.INDICATION,
                    RecordKind.ORPHAN_DESIGNATION,
                    RecordKind.REGULATORY_EVENT,
                    RecordKind.CLINICAL_TRIAL,
                    RecordKind.MARKET_ESTIMATE);

    @Inject EntityManager em;

    private static String from(RecordKind kind) {
        if (OF_A_PRODUCT.contains(kind)) {
            return " from "
                    + kind.entity
                    + " e left join e.product p where ("
                    + MATCH.get(kind)
                    + ") or lower(p.name)"
                    + LIKE
                    + " or lower(p.inn)"
                    + LIKE;
        }
        return " from " + kind.entity + " e where " + MATCH.get(kind);
    }

    public PageResponse<SearchHit> search(String text, Set<RecordKind> kinds, PageParams page) {
        String pattern = Where.likePattern(text);
        List<RecordKind> wanted =
                List.of(RecordKind.values()).stream().filter(kinds::contains).toList();
        return KindPager.page(
                wanted,
                (RecordKind kind) ->
                        new KindPager.Part<SearchHit>() {
                            @Override
                            public long count() {
                                return em.createQuery("select count(e)" + from(kind), Long.class)
                                        .setParameter("q", pattern)
                                        .getSingleResult();
                            }

                            @Override
                            public List<SearchHit> fetch(int offset, int limit) {
                                return em
                                        .createQuery(
                                                "select e.id, "
                                                        + kind.title
                                                        + ", "
                                                        + kind.subtitle
                                                        + from(kind)
                                                        + " order by "
                                                        + kind.title
                                                        + ", e.id",
                                                Object[].class)
                                        .setParameter("q", pattern)
                                        .setFirstResult(offset)
                                        .setMaxResults(limit)
                                        .getResultList()
                                        .stream()
                                        .map(
                                                r ->
                                                        new SearchHit(
                                                                kind,
                                                                (UUID) r[0],
                                                                (String) r[1],
                                                                (String) r[2],
                                                                kind.href((UUID) r[0])))
                                        .toList();
                            }
                        },
                page);
    }
}
