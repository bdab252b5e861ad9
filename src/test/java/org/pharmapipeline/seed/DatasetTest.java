package org.pharmapipeline.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pharmapipeline.TestIds.SEED_PREFIX;
import static org.pharmapipeline.TestIds.SOURCE_2006_MAA_FILING;
import static org.pharmapipeline.TestIds.SOURCE_2008_TREND_VOTE;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled dataset as the API serves it: every fact is cited, every quote is words its source
 * really contains, and each source's content hash identifies the bundled copy of its text.
 */
@QuarkusTest
class DatasetTest {

    /** The bundled text of each seeded source document. */
    private static final Map<String, String> SOURCE_TEXTS =
            Map.of(
                    SOURCE_2006_MAA_FILING, "seed/sources/2006-10-09-epicept-maa-filing.txt",
                    SOURCE_2008_TREND_VOTE, "seed/sources/2008-02-27-epicept-chmp-trend-vote.txt");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "companies, 2",
        "product-candidates, 4",
        "indications, 2",
        "orphan-designations, 1",
        "regulatory-events, 4",
        "market-estimates, 10",
        "clinical-trials, 2"
    })
    void shouldCiteEverySeededRecord(String collection, int seeded) {
        List<Map<String, Object>> records = seedRecords(collection);

        assertThat(records, hasSize(seeded));
        List<String> uncited =
                records.stream()
                        .filter(r -> ((List<?>) r.get("citations")).isEmpty())
                        .map(r -> (String) r.get("id"))
                        .toList();
        assertThat("seeded " + collection + " without citations", uncited, empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "companies",
        "product-candidates",
        "indications",
        "orphan-designations",
        "regulatory-events",
        "market-estimates",
        "clinical-trials"
    })
    void shouldQuoteOnlyWordsThatStandInTheCitedSource(String collection) {
        List<String> misquoted = new ArrayList<>();
        for (Map<String, Object> record : seedRecords(collection)) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> citations =
                    (List<Map<String, String>>) record.get("citations");
            for (Map<String, String> citation : citations) {
                String path = SOURCE_TEXTS.get(citation.get("sourceId"));
                if (path == null
                        || !normalise(text(path)).contains(normalise(citation.get("quote")))) {
                    misquoted.add(
                            record.get("id")
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
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({SOURCE_2006_MAA_FILING, SOURCE_2008_TREND_VOTE})
    void shouldHashEachSeededSourceAsItsBundledText(String source) throws NoSuchAlgorithmException {
        byte[] bundled = text(SOURCE_TEXTS.get(source)).getBytes(StandardCharsets.UTF_8);
        String expected =
                "sha256:"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bundled));

        given().when()
                .get("/api/v1/sources/" + source)
                .then()
                .statusCode(200)
                .body("contentHash", equalTo(expected));
    }

    /**
     * The records of the bundled dataset in a collection; records other tests create have other
     * ids.
     */
    private static List<Map<String, Object>> seedRecords(String collection) {
        List<Map<String, Object>> all =
                given().queryParam("size", 200)
                        .when()
                        .get("/api/v1/" + collection)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items");
        return all.stream().filter(r -> ((String) r.get("id")).startsWith(SEED_PREFIX)).toList();
    }

    private static String text(String resource) {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " could not be read", e);
        }
    }

    /** Collapses line breaks and runs of spaces, which the releases use for layout only. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
