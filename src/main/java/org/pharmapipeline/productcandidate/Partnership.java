package org.pharmapipeline.productcandidate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import java.util.UUID;
import org.pharmapipeline.company.Company;

/** A company that works on a product candidate besides its owner, and in what role. */
@Embeddable
public class Partnership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    public Company company;

    @Column(length = 200)
    public String role;

    @Override
    public boolean equals(Object o) {
        return o instanceof Partnership p
                && Objects.equals(companyId(), p.companyId())
                && Objects.equals(role, p.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(companyId(), role);
    }

    private UUID companyId() {
        return company == null ? null : company.id;
    }
}
