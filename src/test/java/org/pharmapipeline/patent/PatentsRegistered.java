package org.pharmapipeline.patent;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with the tenth collection, patents, registered: the only build that has it. */
public class PatentsRegistered implements QuarkusTestProfile {

    /** The build property that turns the patent beans on. */
    public static final String PROPERTY = "pipeline.test.patents";

    public static final String VALUE = "registered";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(PROPERTY, VALUE);
    }
}
