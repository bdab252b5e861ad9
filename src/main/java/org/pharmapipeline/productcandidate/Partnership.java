package org.pharmapipeline.productcandidate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.pharmapipeline.company.Company;

/** A company that works on a product candidate besides its owner, and in what role. */
@Embeddable
public class Partnership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    public Company company;

    @Column(length = 200)
    public String role;
}
