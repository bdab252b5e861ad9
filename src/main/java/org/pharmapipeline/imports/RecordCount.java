package org.pharmapipeline.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** How many records of one collection an import created and changed. */
@Embeddable
public class RecordCount {

    @Column(nullable = false, length = 60)
    public String collection;

    @Column(nullable = false)
    public long created;

    @Column(nullable = false)
    public long updated;

    public RecordCount() {}

    public RecordCount(String collection, long created, long updated) {
        this.collection = collection;
        this.created = created;
        this.updated = updated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordCount c
                && collection.equals(c.collection)
                && created == c.created
                && updated == c.updated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(collection, created, updated);
    }
}
