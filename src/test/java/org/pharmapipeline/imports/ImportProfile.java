package org.pharmapipeline.imports;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

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
        if (!"postgresql".equals(System.getProperty("pipeline.database"))) {
            // On PostgreSQL every start gets a fresh database anyway (TestDatabase).
            config.put(
                    "pipeline.datasource.h2.url",
                    "jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH");
        }
        return config;
    }
}
