package org.pharmapipeline.orphandesignation;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmapipeline.company.Company;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** An orphan designation granted (or refused) to a product for a condition. */
@Entity
@Table(name = "orphan_designation")
public class OrphanDesignation extends BaseEntity implements Cited {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrphanAgency agency;

    /** The agency's region, kept in a column so designations filter by region without a join. */
    @Column(nullable = false, length = 3)
    public String region;

    @Column(name = "designation_number", length = 40)
    public String designationNumber;

    @Column(name = "designated_condition", nullable = false, length = 500)
    public String designatedCondition;

    /** The product as the designation names it (a generic name, an active substance). */
    @Column(name = "designated_product", length = 300)
    public String designatedProduct;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_candidate_id", nullable = false)
    public ProductCandidate product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indication_id")
    public Indication indication;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sponsor_id")
    public Company sponsor;

    @Column(name = "designation_date")
    public LocalDate designationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrphanStatus status;

    /** The status in the register's own words, when a register stated it. */
    @Column(name = "register_status", length = 60)
    public String registerStatus;

    @Column(length = 2000)
    public String notes;

    @ElementCollection
    @CollectionTable(
            name = "orphan_designation_citation",
            joinColumns = @JoinColumn(name = "orphan_designation_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    @Override
    public List<Citation> citations() {
        return citations;
    }
}
