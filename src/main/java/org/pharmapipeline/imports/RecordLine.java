package org.pharmapipeline.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.problem.ProblemException;

/**
 * A record as an NDJSON line or a CSV row states it: the collection it belongs to, its id when
 * given, and its body in the API's request shape; or why the row could not be read as one.
 */
public record RecordLine(
        CollectionDefinition<?, ?, ?> collection,
        UUID id,
        ObjectNode body,
        ProblemException unreadable) {

    public static RecordLine unreadable(ProblemException why) {
        return new RecordLine(null, null, null, why);
    }
}
