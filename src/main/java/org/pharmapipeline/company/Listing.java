package org.pharmapipeline.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stock listing of a company. */
@Embeddable
public class Listing {

    @Column(nullable = false, length = 100)
    public String exchange;

    @Column(length = 4)
    public String mic;

    @Column(nullable = false, length = 20)
    public String ticker;
}
