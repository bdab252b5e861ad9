package org.pharmapipeline.collection;

import java.util.List;
import java.util.UUID;
import org.pharmapipeline.domain.BaseEntity;

/**
 * Records of one collection were written or removed, and flushed: fired synchronously, inside the
 * transaction of the write, so what observes it (the search index) commits or rolls back with it.
 *
 * @param collection the records' collection
 * @param written the records created or changed
 * @param removed the ids of the records deleted
 */
public record RecordsChanged(
        CollectionDefinition<?, ?, ?> collection,
        List<? extends BaseEntity> written,
        List<UUID> removed) {

    public RecordsChanged {
        written = List.copyOf(written);
        removed = List.copyOf(removed);
    }
}
