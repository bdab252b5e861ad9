package org.pharmapipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pharmapipeline.domain.Versioned;
import org.pharmapipeline.query.Fields;
import org.pharmapipeline.query.PageResponse;

/**
 * Leaves out of a record, or of each record of a page, the properties the client did not ask for
 * with {@code fields=} (see {@link RequestedFields}); answers without a fieldset pass unchanged.
 */
@Singleton
public class SparseFieldsets {

    @Inject RequestedFields requested;

    @Inject ObjectMapper json;

    @ServerResponseFilter
    public void project(ContainerResponseContext response) {
        Fields fields = requested.chosen();
        if (fields == null || response.getStatus() != 200) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof PageResponse<?> page) {
            ObjectNode tree = json.valueToTree(page);
            for (JsonNode item : tree.withArray("items")) {
                fields.apply((ObjectNode) item);
            }
            response.setEntity(tree);
        } else if (entity instanceof Versioned record) {
            response.setEntity(fields.apply(json.valueToTree(record)));
        }
    }
}
