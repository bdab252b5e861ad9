package org.pharmapipeline.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.pharmapipeline.collection.ChangeLog;
import org.pharmapipeline.collection.ChangeOperation;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.collection.RecordChange;
import org.pharmapipeline.problem.ProblemException;

/** Reads the change feed: every committed change of every collection, in commit order. */
@ApplicationScoped
public class ChangeFeedService {

    @Inject ChangeLog changes;

    @Inject CollectionRegistry collections;

    @Inject ObjectMapper json;

    /**
     * The changes after the cursor, oldest first. Its own short transaction, so a long poll holds
     * no connection while it waits.
     */
    @Transactional
    public ChangePage page(ChangeParams params) {
        long after = params.position();
        String collection = null;
        if (params.collection != null && !params.collection.isBlank()) {
            collection =
                    collections
                            .named(params.collection.strip())
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalid(
                                                    "collection",
                                                    "must be the name of a collection"))
                            .name();
        }
        List<Change> items =
                changes.after(after, params.limit, collection).stream().map(this::change).toList();
        String next =
                items.isEmpty() ? String.valueOf(after) : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }

    /** Completes when the next transaction with changes commits on this instance. */
    public CompletionStage<Void> nextCommit() {
        return changes.nextCommit();
    }

    /** A recorded change as the feed shows it. */
    public Change change(RecordChange change) {
        CollectionDefinition<?, ?, ?> collection =
                collections.named(change.collection).orElse(null);
        JsonNode record = null;
        if (change.operation != ChangeOperation.DELETED) {
            try {
                record = json.readTree(change.body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A recorded change cannot be read", e);
            }
        }
        return new Change(
                String.valueOf(change.position),
                collection == null ? null : collection.kind().name(),
                change.collection,
                change.recordId,
                change.recordVersion,
                change.operation,
                change.changedAt,
                change.actor,
                collection == null
                        ? CollectionDefinition.API + change.collection + "/" + change.recordId
                        : collection.href(change.recordId),
                record);
    }
}
