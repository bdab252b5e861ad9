package org.pharmapipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept headers are read, and which are disregarded as asking for nothing. */
@Tag("plain")
class AcceptHeaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json|true",
                "text/html, application/xhtml+xml, */*;q=0.8|true",
                "application/x-ndjson|true",
                "''|false",
                "' , '|false",
                "json|false",
                "text/csv, nonsense|false"
            })
    void shouldReadOnlyAListOfMediaTypes(String accept, boolean readable) {
        assertEquals(readable, AcceptHeader.readable(List.of(accept)));
    }
}
