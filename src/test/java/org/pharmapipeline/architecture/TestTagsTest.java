package org.pharmapipeline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The plain unit tests, the ones that run without starting the service, carry the tag {@value
 * #PLAIN}, so {@code ./mvnw test -Pplain-tests} runs all of them and nothing else: a test class
 * that starts no service is tagged, and one that does is not.
 */
@Tag(TestTagsTest.PLAIN)
class TestTagsTest {

    static final String PLAIN = "plain";

    /**
     * Named, not referenced: the plain tests run without Quarkus's JUnit extension on the class
     * path.
     */
    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";

    static JavaClasses tests;

    @BeforeAll
    static void importTheTests() {
        tests = new ClassFileImporter().importPath(Path.of("target/test-classes"));
    }

    @Test
    void shouldTagEveryTestThatRunsWithoutTheServiceAsPlain() {
        List<String> untagged =
                testClasses().stream()
                        .filter(c -> !c.isAnnotatedWith(QUARKUS_TEST))
                        .filter(c -> !PLAIN.equals(tag(c).orElse(null)))
                        .map(JavaClass::getName)
                        .toList();
        assertEquals(List.of(), untagged, "plain tests without @Tag(\"plain\")");
    }

    @Test
    void shouldNotTagATestThatStartsTheServiceAsPlain() {
        List<String> mistagged =
                testClasses().stream()
                        .filter(c -> c.isAnnotatedWith(QUARKUS_TEST))
                        .filter(c -> PLAIN.equals(tag(c).orElse(null)))
                        .map(JavaClass::getName)
                        .toList();
        assertEquals(List.of(), mistagged, "tests that start the service tagged plain");
    }

    @Test
    void shouldFindBothKindsOfTest() {
        List<JavaClass> all = testClasses();
        assertTrue(all.stream().anyMatch(c -> c.isAnnotatedWith(QUARKUS_TEST)), "REST tests");
        assertTrue(all.stream().anyMatch(c -> tag(c).isPresent()), "plain tests");
        assertTrue(
                all.stream().anyMatch(c -> c.getName().equals(TestTagsTest.class.getName())),
                "this test among them");
    }

    /** Top-level concrete classes named *Test: the ones the build runs as tests. */
    private static List<JavaClass> testClasses() {
        return tests.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getSimpleName().endsWith("Test"))
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
    }

    private static Optional<String> tag(JavaClass test) {
        return test.tryGetAnnotationOfType(Tag.class).map(Tag::value);
    }
}
