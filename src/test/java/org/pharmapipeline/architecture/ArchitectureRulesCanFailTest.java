package org.pharmapipeline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of {@link ArchitectureRules} catches the violation it is written for, and no more: the
 * classes under src/test/resources/architecture/violations break them one way each, and are
 * compiled here, apart from any build, so that no other test (and no Quarkus application) sees
 * them.
 */
class ArchitectureRulesCanFailTest {

    static final Path VIOLATIONS = Path.of("src/test/resources/architecture/violations");

    @TempDir static Path compiled;

    static JavaClasses violations;

    @BeforeAll
    static void compileTheViolations() throws IOException {
        List<String> arguments =
                new ArrayList<>(
                        List.of(
                                "-d",
                                compiled.toString(),
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-proc:none",
                                "-nowarn"));
        try (Stream<Path> sources = Files.walk(VIOLATIONS)) {
            sources.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString)
                    .forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertEquals(0, status, "the violations do not compile: " + errors);
        violations = new ClassFileImporter().importPath(compiled);
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
