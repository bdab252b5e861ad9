package org.pharmapipeline.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmapipeline.collection.CollectionDefinition;
import org.pharmapipeline.collection.CollectionRegistry;
import org.pharmapipeline.domain.Cited;

/**
 * The bundled dataset as the API serves it: every record of it is served, every fact is cited,
 * every quote is words its source really contains, and each source's content hash identifies the
 * bundled copy of its text. The records are those of the dataset file, read one by one, so records
 * other tests create cannot hide them.
 */
@QuarkusTest
class DatasetTest {

    static final String DATASET = "seed/ceplene.json";

    /** The bundled text of the sources, next to the dataset. */
    static final Path TEXTS = Path.of("src/main/resources/seed/sources");

    /** The registered collections whose records carry citations, in the registry's order. */
    static Stream<String> citedCollections() {
        return Arc.container().select(CollectionRegistry.class).get().all().stream()
                .filter(c -> Cited.class.isAssignableFrom(c.entity()))
                .map(CollectionDefinition::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citedCollections")
    void shouldCiteEverySeededRecord(String collection) {
        List<JsonNode> seeded = seededRecords(collection);
        List<String> uncited = new ArrayList<>();
        for (JsonNode record : seeded) {
            List<?> citations = served(collection, record).getList("citations");
            if (citations.isEmpty()) {
                uncited.add(record.get("id").asText());
            }
        }
        assertThat("seeded " + collection + " without citations", uncited, empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citedCollections")
    void shouldQuoteOnlyWordsThatStandInTheCitedSource(String collection) {
        Map<String, String> texts = sourceTexts();
        List<String> misquoted = new ArrayList<>();
        int checked = 0;
        for (JsonNode record : seededRecords(collection)) {
            List<Map<String, String>> citations = served(collection, record).getList("citations");
            for (Map<String, String> citation : citations) {
                checked++;
                String text = texts.get(citation.get("sourceId"));
                if (text == null || !normalise(text).contains(normalise(citation.get("quote")))) {
                    misquoted.add(
                            record.get("id").asText()
                                    + " -> "
                                    + citation.get("sourceId")
                                    + ": "
                                    + citation.get("quote"));
                }
            }
        }
        assertThat(
                "citations of seeded " + collection + " whose quote is not in the source",
                misquoted,
                empty());
        assertEquals(
                citationsInDataset(collection),
                checked,
                "every citation of the dataset's " + collection + " is served and checked");
    }

    @Test
    void shouldBundleTheTextOfEverySeededSource() {
        Map<String, String> texts = sourceTexts();
        List<String> sources = new ArrayList<>();
        dataset().path("sources").forEach(s -> sources.add(s.get("id").asText()));
        assertThat(sources.size(), greaterThan(0));
        assertEquals(sources.size(), texts.size(), "one bundled text per seeded source");
    }

    @Test
    void shouldHashEachSeededSourceAsItsBundledText() throws NoSuchAlgorithmException {
        for (JsonNode source : dataset().path("sources")) {
            Path file = textFiles().get(source.get("contentHash").asText());
            assertThat(source.get("id") + " has no bundled text", file != null);
            byte[] bundled = read(file).getBytes(StandardCharsets.UTF_8);
            String expected =
                    "sha256:"
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(bundled));
            given().when()
                    .get("/api/v1/sources/" + source.get("id").asText())
                    .then()
                    .statusCode(200)
                    .body("contentHash", equalTo(expected));
        }
    }

    /** The records of a collection's section of the dataset. */
    private static List<JsonNode> seededRecords(String collection) {
        CollectionDefinition<?, ?, ?> definition =
                Arc.container().select(CollectionRegistry.class).get().all().stream()
                        .filter(c -> c.name().equals(collection))
                        .findFirst()
                        .orElseThrow();
        List<JsonNode> records = new ArrayList<>();
        dataset().path(definition.datasetSection()).forEach(records::add);
        return records;
    }

    private static int citationsInDataset(String collection) {
        return seededRecords(collection).stream().mapToInt(r -> r.path("citations").size()).sum();
    }

    /** A seeded record as the API serves it. */
    private static io.restassured.path.json.JsonPath served(String collection, JsonNode record) {
        return given().when()
                .get("/api/v1/" + collection + "/" + record.get("id").asText())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The bundled text of each seeded source, by source id, matched through its content hash. */
    private static Map<String, String> sourceTexts() {
        Map<String, Path> files = textFiles();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode source : dataset().path("sources")) {
            Path file = files.get(source.path("contentHash").asText());
            if (file != null) {
                texts.put(source.get("id").asText(), read(file));
            }
        }
        return texts;
    }

    /** The bundled source texts, by the content hash of their bytes. */
    private static Map<String, Path> textFiles() {
        try (Stream<Path> files = Files.list(TEXTS)) {
            Map<String, Path> byHash = new HashMap<>();
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                byHash.put(
                        "sha256:"
                                + HexFormat.of()
                                        .formatHex(
                                                MessageDigest.getInstance("SHA-256").digest(bytes)),
                        file);
            }
            return byHash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode dataset() {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(DATASET)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collapses line breaks and runs of spaces, which the releases use for layout only. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
