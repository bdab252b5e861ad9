package org.pharmapipeline.productcandidate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.pharmapipeline.collection.CrudService;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.query.Sorting;

/** Product candidates and their derived highest phase. */
@ApplicationScoped
public class ProductCandidateService
        extends CrudService<ProductCandidate, ProductCandidateRequest, ProductCandidateResponse> {

    public ProductCandidateService() {
        super(
                ProductCandidates.COLLECTION,
                ProductCandidate::new,
                ProductCandidateResponse::of,
                Sorting.by("name")
                        .field("name", "e.name", String.class)
                        .optionalField("inn", "e.inn", String.class)
                        .field("status", "e.status", ProductStatus.class)
                        .field("highestPhase", "e.highestPhaseRank", Integer.class));
    }

    /**
     * The candidate with its owner in one statement; each collection it shows then loads with one
     * statement of its own (partners' companies in one batch). One statement fetch-joining them all
     * would return the product of their sizes in rows, each repeating the candidate.
     */
    @Override
    protected ProductCandidate loadForRead(UUID id) {
        return em.createQuery(
                        "select e from ProductCandidate e left join fetch e.owner where e.id = :id",
                        ProductCandidate.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Override
    protected void apply(ProductCandidateRequest r, ProductCandidate p) {
        p.name = r.name().strip();
        p.inn = r.inn() == null ? null : r.inn().strip();
        replace(p.researchCodes, strip(r.researchCodes()));
        p.owner = reference(Company.class, r.ownerId(), "ownerId");
        List<PartnerDto> partners = r.partners() == null ? List.of() : r.partners();
        replace(
                p.partners,
                IntStream.range(0, partners.size())
                        .mapToObj(
                                i -> {
                                    Partnership x = new Partnership();
                                    x.company =
                                            reference(
                                                    Company.class,
                                                    partners.get(i).companyId(),
                                                    "partners[" + i + "].companyId");
                                    x.role = partners.get(i).role();
                                    return x;
                                })
                        .toList());
        p.modality = r.modality();
        p.mechanismOfAction = r.mechanismOfAction();
        replace(p.therapeuticAreas, strip(r.therapeuticAreas()));
        p.status = r.status();
        p.description = r.description();
        p.emaProductNumber = r.emaProductNumber();
        p.atcCode = r.atcCode();
        replace(p.flags, r.flags() == null ? null : r.flags().stream().distinct().toList());
    }

    private static List<String> strip(List<String> values) {
        return values == null ? null : values.stream().map(String::strip).toList();
    }
}
