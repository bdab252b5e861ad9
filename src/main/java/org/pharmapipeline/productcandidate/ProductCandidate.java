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

    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 300)
    public String inn;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_code",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "code", nullable = false, length = 50)
    public List<String> researchCodes = new ArrayList<>();

    /** Null when no source names one (the EMA's orphan register names no sponsor). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
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

    /** The EMA's number of the medicine, EMEA/H/C/NNNNNN. */
    @Column(name = "ema_product_number", length = 20)
    public String emaProductNumber;

    /** WHO Anatomical Therapeutic Chemical code, at any level (L03AX14, L03AX). */
    @Column(name = "atc_code", length = 7)
    public String atcCode;

    @ElementCollection
    @CollectionTable(
            name = "product_candidate_flag",
            joinColumns = @JoinColumn(name = "product_candidate_id"))
    @OrderColumn(name = "list_index")
    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false, length = 40)
    public List<ProductFlag> flags = new ArrayList<>();

    /**
     * The highest rank among the candidate's indications ({@link Phase#rank()}), 0 without any.
     * Stored so lists and the pipeline filter, sort and count by it with an index; only {@link
     * HighestPhases} writes it, never a write of the candidate itself.
     */
    @Column(name = "highest_phase_rank", insertable = false, updatable = false)
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
