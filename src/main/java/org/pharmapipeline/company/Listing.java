package org.pharmapipeline.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A stock listing of a company. */
@Embeddable
public class Listing {

    @Column(nullable = false, length = 100)
    public String exchange;

    @Column(length = 4)
    public String mic;

    @Column(nullable = false, length = 20)
    public String ticker;

    @Override
    public boolean equals(Object o) {
        return o instanceof Listing l
                && Objects.equals(exchange, l.exchange)
                && Objects.equals(mic, l.mic)
                && Objects.equals(ticker, l.ticker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exchange, mic, ticker);
    }
}
