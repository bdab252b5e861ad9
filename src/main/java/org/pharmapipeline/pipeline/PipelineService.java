package org.pharmapipeline.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.productcandidate.ProductCandidateFilter;
import org.pharmapipeline.query.Where;

/**
 * Counts candidates per derived highest phase in one grouped query, then lists at most a bounded
 * number per non-empty phase.
 */
@ApplicationScoped
public class PipelineService {

    private static final String RANK = "coalesce(e.highestPhaseRank, 0)";

    @Inject EntityManager em;

    public PipelineResponse pipeline(ProductCandidateFilter filter, int limitPerPhase) {
        Where where = filter.where();
        TypedQuery<Object[]> grouped =
                em.createQuery(
                        "select "
                                + RANK
                                + ", count(e) from ProductCandidate e"
                                + where.jpql()
                                + " group by "
                                + RANK,
                        Object[].class);
        where.params().forEach(grouped::setParameter);
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] row : grouped.getResultList()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        List<PipelineResponse.PhaseGroup> phases = new ArrayList<>();
        for (Phase phase : chartOrder()) {
            long count = counts.getOrDefault(phase.rank(), 0L);
            List<PipelineResponse.Candidate> candidates =
                    count == 0 || limitPerPhase == 0
                            ? List.of()
                            : candidates(where, phase, limitPerPhase);
            phases.add(new PipelineResponse.PhaseGroup(phase, count, candidates));
        }
        return new PipelineResponse(
                counts.values().stream().mapToLong(Long::longValue).sum(), phases);
    }

    private List<PipelineResponse.Candidate> candidates(Where where, Phase phase, int limit) {
        String jpql =
                "select e from ProductCandidate e join fetch e.owner"
                        + where.jpql()
                        + (where.jpql().isEmpty() ? " where " : " and ")
                        + RANK
                        + " = :rank order by e.name, e.id";
        TypedQuery<ProductCandidate> query = em.createQuery(jpql, ProductCandidate.class);
        where.params().forEach(query::setParameter);
        return query
                .setParameter("rank", phase.rank())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        p ->
                                new PipelineResponse.Candidate(
                                        p.id, p.name, p.inn, Ref.of(p.owner), p.status))
                .toList();
    }

    /** Preclinical to approved, as a chart reads left to right, then the unknown. */
    private static List<Phase> chartOrder() {
        List<Phase> order = new ArrayList<>(List.of(Phase.values()));
        order.remove(Phase.UNKNOWN);
        order.add(Phase.UNKNOWN);
        return order;
    }
}
