package org.pharmapipeline.indication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.problem.Problem;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.problem.Violations;
import org.pharmapipeline.productcandidate.HighestPhases;
import org.pharmapipeline.productcandidate.ProductCandidate;
import org.pharmapipeline.query.Sorting;

/** Indications: where each candidate's highest phase comes from. */
@ApplicationScoped
public class IndicationService
        extends CrudService<Indication, IndicationRequest, IndicationResponse> {

    @Inject HighestPhases highestPhases;

    public IndicationService() {
        super(
                Indications.COLLECTION,
                Indication::new,
                IndicationResponse::of,
                Sorting.by("diseaseLabel")
                        .field("diseaseLabel", "e.diseaseLabel", String.class)
                        .field("phase", "e.phaseRank", Integer.class)
                        .field(
                                "developmentStatus",
                                "e.developmentStatus",
                                DevelopmentStatus.class));
    }

    /** Each product's highest phase follows its indications, in the transaction of the write. */
    @Override
    protected void afterWrite(Indication i) {
        highestPhases.recompute(productsOf(List.of(i)));
    }

    @Override
    protected void afterDelete(Indication i) {
        highestPhases.recompute(productsOf(List.of(i)));
    }

    @Override
    public void afterImport(List<Indication> written) {
        highestPhases.recompute(productsOf(written));
    }

    /** The products whose indications these writes changed: their own and any they moved from. */
    private static Set<UUID> productsOf(List<Indication> indications) {
        Set<UUID> ids = new HashSet<>();
        for (Indication i : indications) {
            ids.add(i.product.id);
            if (i.movedFrom != null) {
                ids.add(i.movedFrom.id);
            }
        }
        return ids;
    }

    /** The product a record names and the indication it names, if any. */
    public record ProductAndIndication(ProductCandidate product, Indication indication) {}

    /**
     * Resolves the product and the indication a record of another collection names (either may be
     * missing), and checks that the indication is one of that product's. What is refused is
     * recorded in {@code violations}, and comes back as null.
     */
    public ProductAndIndication resolve(UUID productId, UUID indicationId, Violations violations) {
        ProductCandidate product =
                violations.get(() -> reference(ProductCandidate.class, productId, "productId"));
        Indication indication =
                violations.get(() -> reference(Indication.class, indicationId, "indicationId"));
        violations.check(() -> Indication.requireOf(indication, product, "indicationId"));
        return new ProductAndIndication(product, indication);
    }

    @Override
    protected void apply(IndicationRequest r, Indication i) {
        if (i.product != null && !i.product.id.equals(r.productId())) {
            requireUnreferenced(i);
            i.movedFrom = i.product;
        }
        i.product = reference(ProductCandidate.class, r.productId(), "productId");
        i.diseaseLabel = r.diseaseLabel().strip();
        i.meshId = r.meshId();
        i.icd10Code = r.icd10Code();
        i.efoId = r.efoId();
        i.setting = r.setting() == null || r.setting().isBlank() ? null : r.setting().strip();
        replace(
                i.combinationPartners,
                r.combinationPartners() == null
                        ? null
                        : r.combinationPartners().stream().map(String::strip).toList());
        i.phase = r.phase();
        i.developmentStatus = r.developmentStatus();
        replace(i.regions, r.regions() == null ? null : r.regions().stream().distinct().toList());
        i.notes = r.notes();
    }

    /**
     * Moving an indication to another product would leave the records that name it (designations,
     * events, estimates, trials: every collection that refers to indications) attached to the old
     * product and the indication at once: refused while any does.
     */
    private void requireUnreferenced(Indication i) {
        long referring = 0;
        for (CollectionRegistry.Referrer referrer : collections.referring(Indication.class)) {
            referring +=
                    em.createQuery(
                                    "select count(x) from "
                                            + referrer.collection().entity().getSimpleName()
                                            + " x where x."
                                            + referrer.attribute()
                                            + " = :i",
                                    Long.class)
                            .setParameter("i", i)
                            .getSingleResult();
        }
        if (referring > 0) {
            throw ProblemException.conflict(
                    "The indication cannot move to another product while "
                            + referring
                            + " record(s) of its current product refer to it; move or delete"
                            + " those first.",
                    List.of(
                            new Problem.Violation(
                                    "productId",
                                    "cannot change while other records refer to this indication")));
        }
    }
}
