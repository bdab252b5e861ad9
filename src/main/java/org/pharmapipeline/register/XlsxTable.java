package org.pharmapipeline.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming (SAX) reader: one row in memory at
 * a time whatever the sheet's size, and POI's zip-bomb limits on (a minimum inflation ratio and a
 * maximum entry size, set from pipeline.import.xlsx.*). A cell that holds a date reads as ISO
 * (2005-04-11), other cells as Excel shows them.
 */
final class XlsxTable implements Table {

    private final Path file;

    XlsxTable(Path file, double minInflateRatio, long maxEntrySize) {
        this.file = file;
        // POI keeps these limits process-wide; every workbook is opened with the configured ones.
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
    }

    /** Thrown to stop the parser once the handler has seen enough rows. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(
                                styles, null, strings, new Rows(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Enough e) {
            // the handler stopped the reading
        } catch (UncheckedHandlerException e) {
            throw e.cause;
        } catch (Exception e) {
            if (tripsZipBombLimits(e)) {
                throw new Inflated(e);
            }
            throw e instanceof IOException io
                    ? io
                    : new IOException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /** A workbook that inflates beyond POI's zip-bomb limits. */
    static final class Inflated extends IOException {
        Inflated(Throwable cause) {
            super("The workbook inflates beyond the zip-bomb limits", cause);
        }
    }

    /** POI says so only in its message, wherever in the chain of causes its exception ends up. */
    private static boolean tripsZipBombLimits(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static final class UncheckedHandlerException extends RuntimeException {
        final IOException cause;

        UncheckedHandlerException(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Gathers the cells of each row, in column order, and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int row) {
            cells.clear();
        }

        @Override
        public void endRow(int row) {
            try {
                if (!handler.row(row + 1L, List.copyOf(cells))) {
                    throw new Enough();
                }
            } catch (IOException e) {
                throw new UncheckedHandlerException(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Shows a date cell as an ISO date, whatever format the sheet gives it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
