package org.pharmapipeline.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A record as the row of the CSV the import reads. */
@Tag("plain")
class RecordCsvTest {

    static final ObjectMapper JSON = new ObjectMapper();

    record Citation(UUID sourceId, String quote) {}

    record Input(
            String name,
            UUID ownerId,
            List<String> aliases,
            BigDecimal value,
            Boolean expected,
            List<Citation> citations) {}

    record Shown(
            UUID id,
            long version,
            String name,
            Owner owner,
            List<String> aliases,
            BigDecimal value,
            Boolean expected,
            List<Citation> citations,
            String highestPhase) {}

    record Owner(UUID id, String name) {}

    private static final UUID ID = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000201");
    private static final UUID OWNER = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000101");
    private static final UUID SOURCE = UUID.fromString("3f6c2a7e-0c1d-4a55-9a10-000000000001");

    private final RecordCsv csv = new RecordCsv(Input.class, JSON);

    @Test
    void shouldNameTheIdAndTheRequestsFields() {
        assertEquals(
                List.of("id", "name", "ownerId", "aliases", "value", "expected", "citations"),
                csv.header());
    }

    @Test
    void shouldWriteEachValueAsTheImportReadsIt() throws Exception {
        Shown shown =
                new Shown(
                        ID,
                        3,
                        "Ceplene",
                        new Owner(OWNER, "EpiCept"),
                        List.of("EPC 2407", "Maxamine"),
                        new BigDecimal("3E+8"),
                        true,
                        List.of(new Citation(SOURCE, "filed")),
                        "FILED");
        assertEquals(
                List.of(
                        ID.toString(),
                        "Ceplene",
                        OWNER.toString(),
                        "EPC 2407|Maxamine",
                        "300000000",
                        "true",
                        "[{\"sourceId\":\"" + SOURCE + "\",\"quote\":\"filed\"}]"),
                csv.row(shown));
    }

    @Test
    void shouldLeaveMissingValuesAndEmptyListsEmpty() throws Exception {
        assertEquals(
                List.of(ID.toString(), "Ceplene", "", "", "", "", ""),
                csv.row(new Shown(ID, 0, "Ceplene", null, List.of(), null, null, List.of(), null)));
    }

    @Test
    void shouldWriteAListAsJsonWhenItsValuesCannotBeJoined() throws Exception {
        for (List<String> aliases :
                List.of(List.of("A|B", "C"), List.of("[draft]", "D"), List.of(" ", "E"))) {
            assertEquals(
                    JSON.writeValueAsString(aliases),
                    csv.row(new Shown(ID, 0, "X", null, aliases, null, null, List.of(), null))
                            .get(3));
        }
    }
}
