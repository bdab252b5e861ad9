package org.pharmapipeline.marketestimate;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;

/**
 * A market or epidemiology figure as one source stated it on one date. Figures that disagree are
 * separate records; none overwrites another.
 */
@Entity
@Table(name = "market_estimate")
public class MarketEstimate extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_candidate_id")
    public ProductCandidate product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indication_id")
    public Indication indication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Metric metric;

    @Column(nullable = false, length = 3)
    public String region;

    @Column(name = "amount", nullable = false, precision = 20, scale = 4)
    public BigDecimal value;

    @Column(name = "amount_high", precision = 20, scale = 4)
    public BigDecimal valueHigh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Qualifier qualifier;

    @Column(length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EstimatePeriod period;

    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    @Column(length = 1000)
    public String basis;

    @ElementCollection
    @CollectionTable(
            name = "market_estimate_citation",
            joinColumns = @JoinColumn(name = "market_estimate_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    /** The figure in words, as a table would show it. */
    public String display() {
        return Figures.display(this);
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }
}
