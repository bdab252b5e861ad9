package org.pharmapipeline.imports;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import org.pharmapipeline.TestDatabase;

/**
 * The import tests' own service and database: imports write many records, which the tests of the
 * bundled dataset must not see. Batches are small, so that a few rows make several.
 */
public class ImportProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("pipeline.import.batch-size", "20");
        config.put("pipeline.import.max-upload-size", "4M");
        config.putAll(TestDatabase.ownDatabase("imports"));
        return config;
    }
}
