package org.pharmapipeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Request examples taken from the bundled Ceplene dataset (the first record of each section, less
 * its id), and the index as the example of itself, since it is a constant.
 */
final class Examples {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Input schema name to the dataset section whose first record is its example. */
    private static final Map<String, String> EXAMPLES =
            Map.of(
                    "SourceInput", "sources",
                    "CompanyInput", "companies",
                    "ProductCandidateInput", "productCandidates",
                    "IndicationInput", "indications",
                    "OrphanDesignationInput", "orphanDesignations",
                    "RegulatoryEventInput", "regulatoryEvents",
                    "MarketEstimateInput", "marketEstimates",
                    "ClinicalTrialInput", "clinicalTrials");

    private Examples() {}

    static void add(OpenAPI openAPI) {
        JsonNode dataset = dataset();
        Map<String, Schema> schemas =
                openAPI.getComponents() == null
                        ? Map.of()
                        : new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        EXAMPLES.forEach(
                (schemaName, section) -> {
                    Schema schema = schemas.get(schemaName);
                    JsonNode first = dataset.path(section).path(0);
                    if (schema != null && first.isObject()) {
                        ObjectNode example = ((ObjectNode) first).deepCopy();
                        example.remove("id");
                        schema.setExample(JSON.convertValue(example, Map.class));
                    }
                });
        Schema index = schemas.get("ApiIndex");
        if (index != null) {
            index.setExample(JSON.convertValue(ApiIndexResource.INDEX, Map.class));
        }
    }

    private static JsonNode dataset() {
        try (InputStream in =
                Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream("seed/ceplene.json")) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
