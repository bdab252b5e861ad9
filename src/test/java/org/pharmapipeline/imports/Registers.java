package org.pharmapipeline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The register files of the test resources. */
final class Registers {

    static final String FDA_FILE = "fda-orphan-designations-2017-02-01.tsv";

    /** The row of the FDA file that designates Ceplene (its header is row 1). */
    static final int FDA_CEPLENE_ROW = 1776;

    private Registers() {}

    /** The columns of the FDA's export, in its order. */
    static final String FDA_HEADER =
            String.join(
                    "\t",
                    "Generic Name",
                    "Trade Name",
                    "Designation Date",
                    "Designation",
                    "Orphan Drug Status",
                    "FDA Approval Status",
                    "Approved Indication",
                    "Marketing Approval Date",
                    "Exclusivity End Date",
                    "Contact Company",
                    "Contact Address 1",
                    "Contact Address 2",
                    "Contact City",
                    "Contact State",
                    "Contact Zip",
                    "Contact Country");

    /**
     * A file in the FDA's format: the header, then one designation per row from the generic name,
     * designation date, designated use and sponsor given (tab-separated:
     * "name\tdate\tuse\tsponsor").
     */
    static byte[] fdaRows(String... rows) {
        StringBuilder file = new StringBuilder(FDA_HEADER).append("\r\n");
        for (String row : rows) {
            String[] cells = row.split("\t", -1);
            file.append(
                            String.join(
                                    "\t",
                                    cells[0],
                                    "n/a",
                                    cells[1],
                                    cells[2],
                                    "Designated",
                                    "",
                                    "",
                                    "N/A",
                                    "N/A",
                                    cells[3],
                                    "1 Example Way",
                                    "",
                                    "Boston",
                                    "Massachusetts",
                                    "02110",
                                    "USA"))
                    .append("\r\n");
        }
        return file.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    static byte[] fdaFile() {
        try (InputStream in =
                Registers.class.getClassLoader().getResourceAsStream("registers/" + FDA_FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
