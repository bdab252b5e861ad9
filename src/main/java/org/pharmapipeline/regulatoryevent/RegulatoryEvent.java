package org.pharmapipeline.regulatoryevent;

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
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** Something a regulator did, or is expected to do, about a product. */
@Entity
@Table(name = "regulatory_event")
public class RegulatoryEvent extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_candidate_id", nullable = false)
    public ProductCandidate product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indication_id")
    public Indication indication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RegulatoryAgency agency;

    @Column(name = "procedure_name", length = 300)
    public String procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public EventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Outcome outcome;

    @Column(name = "event_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 10)
    public DatePrecision datePrecision;

    @Column(nullable = false)
    public boolean expected;

    /** The end of the marketing exclusivity an approval brings, when one does. */
    @Column(name = "exclusivity_end_date")
    public LocalDate exclusivityEndDate;

    @Column(nullable = false, length = 2000)
    public String description;

    @ElementCollection
    @CollectionTable(
            name = "regulatory_event_citation",
            joinColumns = @JoinColumn(name = "regulatory_event_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    @Override
    public List<Citation> citations() {
        return citations;
    }
}
