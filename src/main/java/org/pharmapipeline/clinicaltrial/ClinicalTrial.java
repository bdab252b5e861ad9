package org.pharmapipeline.clinicaltrial;

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
import org.hibernate.annotations.Formula;
import org.pharmapipeline.domain.BaseEntity;
import org.pharmapipeline.domain.Citation;
import org.pharmapipeline.domain.Cited;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.indication.Indication;
import org.pharmapipeline.productcandidate.ProductCandidate;

/** A clinical trial of a product, with its design and reported results. */
@Entity
@Table(name = "clinical_trial")
public class ClinicalTrial extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_candidate_id", nullable = false)
    public ProductCandidate product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indication_id")
    public Indication indication;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "registry_id", length = 40)
    public String registryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Phase phase;

    @Formula("(case phase" + Phase.RANK_CASE_BRANCHES + ")")
    public Integer phaseRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TrialStatus status;

    @Column(length = 1000)
    public String design;

    public Integer enrollment;

    @Column(name = "country_count")
    public Integer countryCount;

    @ElementCollection
    @CollectionTable(
            name = "clinical_trial_country",
            joinColumns = @JoinColumn(name = "clinical_trial_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "country", nullable = false, length = 2)
    public List<String> countries = new ArrayList<>();

    @Column(name = "primary_endpoint", length = 500)
    public String primaryEndpoint;

    @Column(name = "primary_endpoint_met")
    public Boolean primaryEndpointMet;

    @Column(name = "readout_date")
    public LocalDate readoutDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "readout_precision", length = 10)
    public DatePrecision readoutPrecision;

    @ElementCollection
    @CollectionTable(
            name = "clinical_trial_result",
            joinColumns = @JoinColumn(name = "clinical_trial_id"))
    @OrderColumn(name = "list_index")
    public List<TrialResult> results = new ArrayList<>();

    @Column(length = 500)
    public String publication;

    @Column(name = "lead_investigator", length = 300)
    public String leadInvestigator;

    @ElementCollection
    @CollectionTable(
            name = "clinical_trial_citation",
            joinColumns = @JoinColumn(name = "clinical_trial_id"))
    @OrderColumn(name = "list_index")
    public List<Citation> citations = new ArrayList<>();

    @Override
    public List<Citation> citations() {
        return citations;
    }
}
