package org.pharmapipeline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.common.PageParams;
import org.pharmapipeline.common.PageResponse;
import org.pharmapipeline.common.Where;

/**
 * Case-insensitive search across the names, INNs, codes, diseases and descriptions of every kind
 * of record. Results list kind by kind (in {@link SearchType} order), by title within a kind,
 * and page over the whole list.
 */
@ApplicationScoped
public class SearchService {

    /** What to match and show for one kind: JPQL over alias e, the search pattern bound as :q. */
    private record Target(String entity, String title, String subtitle, String match, String path) {}

    private static final String LIKE = " like :q escape '!'";

    private static final Map<SearchType, Target> TARGETS = Map.of(
            SearchType.PRODUCT_CANDIDATE, new Target("ProductCandidate", "e.name", "e.inn",
                    "lower(e.name)" + LIKE + " or lower(e.inn)" + LIKE + " or lower(e.mechanismOfAction)" + LIKE
                            + " or exists (select 1 from ProductCandidate p join p.researchCodes c where p = e and"
                            + " lower(c)" + LIKE + ")",
                    "/api/v1/product-candidates/"),
            SearchType.COMPANY, new Target("Company", "e.name", "e.headquarters",
                    "lower(e.name)" + LIKE + " or exists (select 1 from Company c join c.aliases a where c = e and"
                            + " lower(a)" + LIKE + ")",
                    "/api/v1/companies/"),
            SearchType.INDICATION, new Target("Indication", "e.diseaseLabel", "e.product.name",
                    "lower(e.diseaseLabel)" + LIKE + " or lower(e.setting)" + LIKE + " or lower(e.meshId)" + LIKE
                            + " or lower(e.icd10Code)" + LIKE + " or lower(e.efoId)" + LIKE,
                    "/api/v1/indications/"),
            SearchType.ORPHAN_DESIGNATION, new Target("OrphanDesignation", "e.designatedCondition", "e.product.name",
                    "lower(e.designatedCondition)" + LIKE + " or lower(e.designationNumber)" + LIKE,
                    "/api/v1/orphan-designations/"),
            SearchType.REGULATORY_EVENT, new Target("RegulatoryEvent", "e.description", "e.product.name",
                    "lower(e.description)" + LIKE + " or lower(e.procedure)" + LIKE,
                    "/api/v1/regulatory-events/"),
            SearchType.CLINICAL_TRIAL, new Target("ClinicalTrial", "e.title", "e.product.name",
                    "lower(e.title)" + LIKE + " or lower(e.primaryEndpoint)" + LIKE + " or lower(e.registryId)" + LIKE
                            + " or lower(e.publication)" + LIKE,
                    "/api/v1/clinical-trials/"),
            SearchType.SOURCE, new Target("SourceDocument", "e.title", "e.publisher",
                    "lower(e.title)" + LIKE + " or lower(e.publisher)" + LIKE + " or lower(e.reference)" + LIKE,
                    "/api/v1/sources/"));

    @Inject
    EntityManager em;

    public PageResponse<SearchHit> search(String text, Set<SearchType> types, PageParams page) {
        String pattern = Where.likePattern(text);
        long total = 0;
        long skip = page.offset();
        List<SearchHit> hits = new ArrayList<>();
        for (SearchType type : SearchType.values()) {
            if (!types.contains(type)) {
                continue;
            }
            Target t = TARGETS.get(type);
            long count = em.createQuery("select count(e) from " + t.entity() + " e where " + t.match(), Long.class)
                    .setParameter("q", pattern).getSingleResult();
            total += count;
            if (hits.size() < page.size && skip < count) {
                int want = page.size - hits.size();
                List<Object[]> rows = em.createQuery("select e.id, " + t.title() + ", " + t.subtitle() + " from "
                        + t.entity() + " e where " + t.match() + " order by " + t.title() + ", e.id", Object[].class)
                        .setParameter("q", pattern).setFirstResult((int) skip).setMaxResults(want).getResultList();
                rows.forEach(r -> hits.add(new SearchHit(type, (UUID) r[0], (String) r[1], (String) r[2],
                        t.path() + r[0])));
            }
            skip = Math.max(0, skip - count);
        }
        return PageResponse.of(hits, page, total);
    }
}
