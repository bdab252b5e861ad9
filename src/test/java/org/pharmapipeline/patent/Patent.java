package org.pharmapipeline.patent;

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
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** A patent that protects a product candidate. */
@Entity
@Table(name = "patent")
public class Patent extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_candidate_id", nullable = false)
    public ProductCandidate product;

    @Column(name = "patent_number", nullable = false, length = 40)
    public String patentNumber;

    @Column(length = 500)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public PatentOffice office;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @ElementCollection
    @CollectionTable(name = "patent_citation", joinColumns = @JoinColumn(name = "patent_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    @Override
    public List<Citation> citations() {
        return citations;
    }
}
