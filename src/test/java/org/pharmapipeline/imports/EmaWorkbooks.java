package org.pharmapipeline.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks shaped as the EMA's exports are (title rows above the header, the documented columns,
 * some header names broken over lines, veterinary columns), written with POI. The EMA's own files
 * are not redistributed; these hold the Ceplene facts the bundled dataset and the public record
 * state, and a few other rows around them.
 */
final class EmaWorkbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private EmaWorkbooks() {}

    static final List<String> ORPHAN_COLUMNS =
            List.of(
                    "Medicine name",
                    "Related EMA product number",
                    "Active substance",
                    "Date of designation /\r\nrefusal",
                    "Intended use",
                    "EU designation number",
                    "Status",
                    "First published date",
                    "Last updated date",
                    "Orphan designation URL");

    /** Ceplene's two EU designation decisions, and two others. */
    static byte[] orphanDesignations() {
        return workbook(
                "Medicines output: orphan designations",
                ORPHAN_COLUMNS,
                List.of(
                        List.of(
                                "Ceplene",
                                "EMEA/H/C/000796",
                                "histamine dihydrochloride",
                                "11/04/2005",
                                "Treatment of acute myeloid leukaemia",
                                "EU/3/05/272",
                                "Expired",
                                "11/04/2005",
                                "20/03/2019",
                                "https://www.ema.europa.eu/en/medicines/human/orphan-designations/eu305272"),
                        List.of(
                                "",
                                "",
                                "Histamine dihydrochloride",
                                LocalDate.of(2004, 8, 24),
                                "Treatment of malignant melanoma",
                                "-",
                                "Negative",
                                "24/08/2004",
                                "24/08/2004",
                                ""),
                        List.of(
                                "",
                                "",
                                "Exampletide",
                                "02/03/2015",
                                "Treatment of Example syndrome",
                                "EU/3/15/1456",
                                "Positive",
                                "02/03/2015",
                                "02/03/2015",
                                ""),
                        List.of(
                                "",
                                "",
                                "Otherstat",
                                "15/06/2010",
                                "Treatment of Other disease",
                                "EU/3/10/777",
                                "Withdrawn",
                                "15/06/2010",
                                "01/01/2012",
                                "")));
    }

    static final List<String> MEDICINE_COLUMNS =
            List.of(
                    "Category",
                    "Name of medicine",
                    "EMA product number",
                    "Medicine status",
                    "Opinion status",
                    "International non-proprietary name (INN) / common name",
                    "Active substance",
                    "Therapeutic area (MeSH)",
                    "Species (veterinary)",
                    "Pharmacotherapeutic group\r\n(human)",
                    "Pharmacotherapeutic group\r\n(veterinary)",
                    "ATC code (human)",
                    "ATCvet code (veterinary)",
                    "Therapeutic indication",
                    "Accelerated assessment",
                    "Conditional approval",
                    "Exceptional circumstances",
                    "Generic",
                    "Biosimilar",
                    "Orphan medicine",
                    "PRIME: priority medicine",
                    "Marketing authorisation developer / applicant / holder",
                    "European Commission decision date",
                    "Start of evaluation date",
                    "Opinion adopted date",
                    "Withdrawal of application date",
                    "Marketing authorisation date",
                    "Refusal of marketing authorisation date",
                    "Withdrawal / expiry / revocation / lapse of marketing authorisation date",
                    "Suspension of marketing authorisation date",
                    "Revision number",
                    "First published date",
                    "Last updated date",
                    "Medicine URL");

    /** Ceplene's EU authorisation, a veterinary medicine, and a refused human medicine. */
    static byte[] medicines() {
        return workbook(
                "Medicines output: European public assessment reports",
                MEDICINE_COLUMNS,
                List.of(
                        List.of(
                                "Human",
                                "Ceplene",
                                "EMEA/H/C/000796",
                                "Authorised",
                                "Positive",
                                "histamine dihydrochloride",
                                "histamine dihydrochloride",
                                "Leukemia, Myeloid, Acute",
                                "",
                                "Immunostimulants",
                                "",
                                "L03AX14",
                                "",
                                "Ceplene maintenance therapy is indicated for adult patients with acute"
                                        + " myeloid leukaemia in first remission concomitantly treated with"
                                        + " interleukin-2 (IL-2).",
                                "No",
                                "No",
                                "Yes",
                                "No",
                                "No",
                                "Yes",
                                "No",
                                "EpiCept GmbH",
                                "07/10/2008",
                                "",
                                LocalDate.of(2008, 7, 24),
                                "",
                                "07/10/2008",
                                "",
                                "",
                                "",
                                "12",
                                "07/10/2008",
                                "15/02/2023",
                                "https://www.ema.europa.eu/en/medicines/human/EPAR/ceplene"),
                        List.of(
                                "Veterinary",
                                "Examplevet",
                                "EMEA/V/C/000123",
                                "Authorised",
                                "Positive",
                                "",
                                "examplazole",
                                "",
                                "Dogs",
                                "",
                                "Antiparasitic products",
                                "",
                                "QP52AX",
                                "Treatment of example infestations in dogs.",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "Example Animal Health",
                                "01/02/2012",
                                "",
                                "01/12/2011",
                                "",
                                "01/02/2012",
                                "",
                                "",
                                "",
                                "3",
                                "01/02/2012",
                                "01/02/2012",
                                ""),
                        List.of(
                                "Human",
                                "Refusamab",
                                "EMEA/H/C/004321",
                                "Refused",
                                "Negative",
                                "refusamab",
                                "refusamab",
                                "Arthritis, Rheumatoid",
                                "",
                                "Immunosuppressants",
                                "",
                                "L04AA",
                                "",
                                "Treatment of rheumatoid arthritis.",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "No",
                                "Refusa Pharma B.V.",
                                "03/05/2018",
                                "20/01/2017",
                                "22/02/2018",
                                "",
                                "",
                                "03/05/2018",
                                "",
                                "",
                                "1",
                                "03/05/2018",
                                "03/05/2018",
                                "")));
    }

    /**
     * A workbook of one sheet: a title row, a row saying what date the data is of, a blank row, the
     * header, then the rows (text cells, and date cells for LocalDate values).
     */
    static byte[] workbook(String title, List<String> header, List<? extends List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue("Data as of 1 December 2026");
            Row names = sheet.createRow(3);
            for (int c = 0; c < header.size(); c++) {
                names.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(4 + r);
                List<?> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof LocalDate day) {
                        var cell = row.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with {@code blanks} spaces in a comment at the head of its sheet: a few
     * kilobytes packed, megabytes inflated, as a zip bomb is.
     */
    static byte[] inflated(byte[] workbook, int blanks) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int prolog = xml.indexOf("?>") + 2;
                        content =
                                (xml.substring(0, prolog)
                                                + "<!--"
                                                + " ".repeat(blanks)
                                                + "-->"
                                                + xml.substring(prolog))
                                        .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
