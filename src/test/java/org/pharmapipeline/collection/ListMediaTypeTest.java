package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answer a list gives for the media types a client accepts, in its order of preference. */
@Tag("plain")
class ListMediaTypeTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*/*|application/json",
                "application/json|application/json",
                "application/*|application/json",
                "application/x-ndjson|application/x-ndjson",
                "text/csv|text/csv",
                "text/*|text/csv",
                "text/html;application/xhtml+xml;*/*|application/json",
                "text/csv;application/json|text/csv",
                "application/x-ndjson;text/csv|application/x-ndjson",
                "application/xml|application/json"
            })
    void shouldAnswerTheFirstOfJsonNdjsonAndCsvTheClientTakes(String accepted, String answer) {
        List<MediaType> types = Arrays.stream(accepted.split(";")).map(MediaType::valueOf).toList();
        assertEquals(MediaType.valueOf(answer), CrudResource.listMediaType(types));
    }
}
