package org.pharmapipeline.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.productcandidate.ProductCandidateFilter;
import org.pharmapipeline.productcandidate.ProductCandidates;
import org.pharmapipeline.productcandidate.ProductStatus;
import org.pharmapipeline.query.Sorting;
import org.pharmapipeline.query.Where;

/**
 * Counts candidates per stored highest phase in one grouped query, then lists at most a bounded
 * number per non-empty phase, each from the index on the phase and name, read in its order.
 */
@ApplicationScoped
public class PipelineService {

    private static final String RANK = "e.highestPhaseRank";

    /** Candidates by name, then id. */
    private static final Sorting.Order BY_NAME =
            Sorting.by("name").field("name", "e.name", String.class).order(null);

    @Inject EntityManager em;

    public PipelineResponse pipeline(ProductCandidateFilter filter, int limitPerPhase) {
        Where where = filter.where();
        TypedQuery<Object[]> grouped =
                em.createQuery(
                        "select "
                                + RANK
                                + ", count(*) from ProductCandidate e"
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
            phases.add(
                    new PipelineResponse.PhaseGroup(
                            phase, count, candidates, listHref(filter, phase)));
        }
        return new PipelineResponse(
                counts.values().stream().mapToLong(Long::longValue).sum(), phases);
    }

    /**
     * The first candidates of a phase by name, read as the columns the answer shows (no entity is
     * loaded), from the index on the phase and name.
     */
    private List<PipelineResponse.Candidate> candidates(Where where, Phase phase, int limit) {
        // The phase, and the filters held to one value, lead the order: they are one value here,
        // and so the database reads the first by name from the index on (phase, name, id) or
        // (owner, phase, name, id) rather than sorting the whole phase.
        List<String> lead = new ArrayList<>(where.pinned());
        lead.add(RANK);
        String jpql =
                "select e.id, e.name, e.inn, o.id, o.name, e.status from ProductCandidate e"
                        + " left join e.owner o"
                        + where.jpql()
                        + (where.jpql().isEmpty() ? " where " : " and ")
                        + RANK
                        + " = :rank order by "
                        + BY_NAME.orderBy(lead);
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        where.params().forEach(query::setParameter);
        return query
                .setParameter("rank", phase.rank())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        row ->
                                new PipelineResponse.Candidate(
                                        (UUID) row[0],
                                        (String) row[1],
                                        (String) row[2],
                                        row[3] == null
                                                ? null
                                                : new Ref((UUID) row[3], (String) row[4]),
                                        (ProductStatus) row[5]))
                .toList();
    }

    /** The candidate list of one phase with the client's other filters. */
    private static String listHref(ProductCandidateFilter filter, Phase phase) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("highestPhase", phase);
        filter.chosen().forEach(params::putIfAbsent);
        StringJoiner query = new StringJoiner("&", ProductCandidates.COLLECTION.path() + "?", "");
        params.forEach(
                (name, value) ->
                        query.add(name + "=" + URLEncoder.encode(value.toString(), UTF_8)));
        return query.toString();
    }

    /** Preclinical to approved, as a chart reads left to right, then the unknown. */
    private static List<Phase> chartOrder() {
        List<Phase> order = new ArrayList<>(List.of(Phase.values()));
        order.remove(Phase.UNKNOWN);
        order.add(Phase.UNKNOWN);
        return order;
    }
}
