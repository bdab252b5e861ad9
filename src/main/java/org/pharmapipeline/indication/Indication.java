package org.pharmapipeline.indication;

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
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Formula;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** One product candidate's development in one disease and setting. */
@Entity
@Table(name = "indication")
public class Indication extends BaseEntity implements Ref.Named, Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_candidate_id", nullable = false)
    public ProductCandidate product;

    /**
     * The product this indication belonged to before the write under way moved it to another one,
     * whose highest phase changes too; null otherwise. Never stored.
     */
    @Transient public ProductCandidate movedFrom;

    @Column(name = "disease_label", nullable = false, length = 300)
    public String diseaseLabel;

    @Column(name = "mesh_id", length = 20)
    public String meshId;

    @Column(name = "icd10_code", length = 20)
    public String icd10Code;

    @Column(name = "efo_id", length = 40)
    public String efoId;

    @Column(length = 500)
    public String setting;

    @ElementCollection
    @CollectionTable(
            name = "indication_combination",
            joinColumns = @JoinColumn(name = "indication_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "partner", nullable = false, length = 200)
    public List<String> combinationPartners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Phase phase;

    /** The phase's rank, for sorting by progress rather than by name. */
    @Formula("(case phase" + Phase.RANK_CASE_BRANCHES + ")")
    public Integer phaseRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "development_status", nullable = false, length = 20)
    public DevelopmentStatus developmentStatus;

    @ElementCollection
    @CollectionTable(name = "indication_region", joinColumns = @JoinColumn(name = "indication_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "region", nullable = false, length = 3)
    public List<String> regions = new ArrayList<>();

    @Column(length = 2000)
    public String notes;

    @ElementCollection
    @CollectionTable(
            name = "indication_citation",
            joinColumns = @JoinColumn(name = "indication_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    /** How people name this indication: the disease, and the setting when there is one. */
    public String label() {
        return setting == null ? diseaseLabel : diseaseLabel + " (" + setting + ")";
    }

    /** Rejects an indication that belongs to another candidate than the record referring to it. */
    public static void requireOf(Indication indication, ProductCandidate product, String field) {
        if (indication != null && product != null && !indication.product.id.equals(product.id)) {
            throw ProblemException.invalid(
                    field,
                    "is an indication of " + indication.product.name + ", not of " + product.name);
        }
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public Ref ref() {
        return new Ref(id, label());
    }
}
