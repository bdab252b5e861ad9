package org.pharmapipeline.productcandidate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Formula;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;

/** A drug in development (or approved), owned by one company. */
@Entity
@Table(name = "product_candidate")
public class ProductCandidate extends BaseEntity implements Ref.Named, Cited {

    /**
     * Derived, never stored: the highest rank among the candidate's indications (see {@link
     * Phase#RANK_CASE_BRANCHES}).
     */
    static final String HIGHEST_PHASE_RANK =
            "(select max(case i.phase"
                    + Phase.RANK_CASE_BRANCHES
                    + ")"
                    + " from indication i where i.product_candidate_id = id)";

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 200)
    public String inn;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_code",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "code", nullable = false, length = 50)
    public List<String> researchCodes = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    public Company owner;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_partner",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    public List<Partnership> partners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Modality modality;

    @Column(name = "mechanism_of_action", length = 1000)
    public String mechanismOfAction;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_area",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "area", nullable = false, length = 100)
    public List<String> therapeuticAreas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProductStatus status;

    @Column(length = 2000)
    public String description;

    @Formula(HIGHEST_PHASE_RANK)
    public Integer highestPhaseRank;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_citation",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    public Phase highestPhase() {
        return Phase.ofRank(highestPhaseRank);
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public Ref ref() {
        return new Ref(id, name);
    }
}
