package org.pharmapipeline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ArchitectureRules} catches the violation it is written for, and no more: the
 * classes under src/test/architecture-violations break them one way each. The build compiles them
 * apart from the tests, into target/architecture-violations, so that no other test (and no Quarkus
 * application) sees them.
 */
@Tag("plain")
class ArchitectureRulesCanFailTest {

    static final Path VIOLATIONS = Path.of("target/architecture-violations");

    static JavaClasses violations;

    @BeforeAll
    static void importTheViolations() {
        assertTrue(
                Files.isDirectory(VIOLATIONS.resolve("org/pharmapipeline/gadget")),
                VIOLATIONS + " holds no compiled violations; build with ./mvnw test");
        violations = new ClassFileImporter().importPath(VIOLATIONS);
    }

    @Test
    void shouldCatchAPackageCycle() {
        List<String> found = violationsOf(ArchitectureRules.NO_PACKAGE_CYCLES);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("alpha") && found.get(0).contains("beta"), found.get(0));
    }

    @Test
    void shouldCatchASharedRoomThatKnowsAFeature() {
        List<String> found = violationsOf(ArchitectureRules.SHARED_ROOMS_KNOW_NO_FEATURE);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("query.Snoop"), found.get(0));
    }

    @Test
    void shouldCatchAFeatureUsingAnothersResponseButNotItsEntityOrService() {
        List<String> found =
                violationsOf(ArchitectureRules.FEATURES_KEEP_OUT_OF_EACH_OTHERS_HTTP_LAYER);
        assertTrue(!found.isEmpty(), "nothing found");
        for (String violation : found) {
            assertTrue(
                    violation.contains("widget.WidgetService")
                            && violation.contains("gadget.GadgetResponse"),
                    violation);
        }
    }

    @Test
    void shouldCatchResourcesThatGiveOrTakeEntities() {
        String found =
                String.join(
                        "\n", violationsOf(ArchitectureRules.RESOURCES_EXCHANGE_DTOS_NOT_ENTITIES));
        assertTrue(found.contains("GadgetResource.raw()"), found);
        assertTrue(found.contains("GadgetResource.all()"), found);
        assertTrue(found.contains("GadgetResource.replace("), found);
        assertTrue(!found.contains("GadgetResource.get()"), found);
    }

    @Test
    void shouldCatchATransactionOpenedOutsideAService() {
        String found =
                String.join("\n", violationsOf(ArchitectureRules.ONLY_SERVICES_OPEN_TRANSACTIONS));
        assertTrue(found.contains("GadgetResource.replace("), found);
        assertTrue(!found.contains("GadgetService"), found);
    }

    /** The violations a rule reports on the violating classes, one line each. */
    private static List<String> violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(violations);
        assertTrue(result.hasViolation(), rule.getDescription() + " found nothing");
        return result.getFailureReport().getDetails();
    }
}
