package org.pharmapipeline.productcandidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.pharmapipeline.domain.Phase;

/**
 * Keeps each candidate's stored highest phase equal to the highest phase of its indications. Every
 * write of indications calls it in its own transaction, after flushing, with the candidates whose
 * indications changed: the one place the stored value is written.
 */
@ApplicationScoped
public class HighestPhases {

    /** Candidates are updated in statements of at most this many ids. */
    private static final int SLICE = 1000;

    private static final String RECOMPUTE =
            "update product_candidate set highest_phase_rank = coalesce((select max(case i.phase"
                    + Phase.RANK_CASE_BRANCHES
                    + ") from indication i where i.product_candidate_id = product_candidate.id), 0)"
                    + " where id in (:ids)";

    @Inject EntityManager em;

    /** Recomputes the stored highest phase of these candidates from their indications. */
    public void recompute(Collection<UUID> productIds) {
        List<UUID> ids = new ArrayList<>(productIds.stream().distinct().toList());
        for (int from = 0; from < ids.size(); from += SLICE) {
            em.createNativeQuery(RECOMPUTE)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE)))
                    .executeUpdate();
        }
    }
}
