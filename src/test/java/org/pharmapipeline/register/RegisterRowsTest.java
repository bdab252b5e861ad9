package org.pharmapipeline.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.orphandesignation.OrphanStatus;

/** Reading register rows: columns by name, cells, statuses, countries. */
@Tag("plain")
class RegisterRowsTest {

    private final Columns columns =
            new Columns(
                    List.of("Active substance", "Date of designation / refusal"),
                    List.of("Status"));

    @Test
    void shouldFindTheHeaderBelowTitleRowsWhateverTheOrderSpacingAndCaseOfItsNames() {
        assertNull(columns.header(1, List.of("Orphan designations", "")));
        Columns.Header header =
                columns.header(
                        4,
                        List.of(
                                "Status",
                                "Extra column",
                                "Date of designation /\r\nrefusal",
                                "ACTIVE SUBSTANCE"));

        assertEquals(4, header.row());
        RegisterRow row =
                header.row(List.of("Positive", "x", "11/04/2005", "histamine dihydrochloride"));
        assertEquals("histamine dihydrochloride", row.get("Active substance"));
        assertEquals("11/04/2005", row.get("Date of designation / refusal"));
        assertEquals("Positive", row.get("Status"));
    }

    @Test
    void shouldNameTheRequiredColumnsARowLacks() {
        assertEquals(
                List.of("Date of designation / refusal"),
                columns.missing(List.of("Active substance", "Status")));
    }

    @Test
    void shouldReadMarkersOfNothingAsNoValueAndQuoteTheRowsOwnWords() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Generic Name", "Histamine");
        cells.put("Trade Name", "n/a");
        cells.put("Designation", "Adjunct to cytokine therapy\n in the treatment of AML.");
        cells.put("Exclusivity End Date", "N/A");
        RegisterRow row = new RegisterRow(cells);

        assertNull(row.get("Trade Name"));
        assertNull(row.get("Exclusivity End Date"));
        assertEquals(
                "Generic Name: Histamine; Designation: Adjunct to cytokine therapy in the treatment of AML.",
                row.quote(
                        List.of(
                                "Generic Name",
                                "Trade Name",
                                "Designation",
                                "Exclusivity End Date")));
    }

    @Test
    void shouldMapEveryStatusOfTheFdaExport() {
        assertEquals(OrphanStatus.DESIGNATED, FdaOrphanFormat.status("Designated"));
        assertEquals(OrphanStatus.APPROVED, FdaOrphanFormat.status("Designated/Approved"));
        assertEquals(OrphanStatus.WITHDRAWN, FdaOrphanFormat.status("Designated/Withdrawn"));
        assertEquals(OrphanStatus.REVOKED, FdaOrphanFormat.status("Designated/Withdrawn by OPD"));
        assertEquals(
                OrphanStatus.WITHDRAWN, FdaOrphanFormat.status("Designated/Approved/Withdrawn"));
        assertNull(FdaOrphanFormat.status("Pending"));
    }

    @Test
    void shouldKnowTheCountriesAsRegistersNameThem() {
        assertEquals("US", Countries.code("USA"));
        assertEquals("GB", Countries.code("United Kingdom"));
        assertEquals("KR", Countries.code("Korea, Republic of"));
        assertEquals("CH", Countries.code("Switzerland"));
        assertEquals("TW", Countries.code("Taiwan"));
        assertNull(Countries.code("Atlantis"));
    }
}
