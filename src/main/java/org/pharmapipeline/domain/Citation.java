package org.pharmapipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A pointer from a stored fact to the source document that stated it. */
@Embeddable
public class Citation {

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(nullable = false, length = 2000)
    public String quote;

    @Column(length = 200)
    public String locator;

    public Citation() {}

    public Citation(UUID sourceId, String quote, String locator) {
        this.sourceId = sourceId;
        this.quote = quote;
        this.locator = locator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c
                && Objects.equals(sourceId, c.sourceId)
                && Objects.equals(quote, c.quote)
                && Objects.equals(locator, c.locator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceId, quote, locator);
    }
}
