package org.pharmapipeline;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.api.OpenApiContractTest;
import org.pharmapipeline.seed.ReferenceAnswersTest;

/**
 * Writes the golden files that tests compare the service with: the OpenAPI contract and the
 * reference answers over the bundled dataset. Not a test: it runs only when asked for, with {@code
 * ./mvnw test -Pupdate-golden-files}, after an intended change; review the diff and commit it with
 * the change. The tests that compare ({@link OpenApiContractTest}, {@link ReferenceAnswersTest})
 * never write.
 */
@QuarkusTest
@Tag(UpdateGoldenFiles.TAG)
class UpdateGoldenFiles {

    /** The JUnit tag the build leaves out unless the update-golden-files profile is on. */
    static final String TAG = "update-golden-files";

    @Test
    void writeTheContractTheServiceServes() throws IOException {
        Files.createDirectories(OpenApiContractTest.COMMITTED.getParent());
        Files.writeString(OpenApiContractTest.COMMITTED, OpenApiContractTest.served());
    }

    @Test
    void writeTheAnswersOverTheBundledDataset() throws IOException {
        Files.writeString(
                ReferenceAnswersTest.COMMITTED,
                ReferenceAnswersTest.text(ReferenceAnswersTest.answers()));
    }
}
