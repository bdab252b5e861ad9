package org.pharmapipeline.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmapipeline.company.CompanyService;
import org.pharmapipeline.imports.ImportFormat;
import org.pharmapipeline.imports.ImportSettings;
import org.pharmapipeline.imports.Row;
import org.pharmapipeline.imports.Rows;
import org.pharmapipeline.imports.Upload;
import org.pharmapipeline.orphandesignation.OrphanDesignationService;
import org.pharmapipeline.problem.ProblemException;
import org.pharmapipeline.productcandidate.ProductCandidateService;
import org.pharmapipeline.regulatoryevent.RegulatoryEventService;
import org.pharmapipeline.source.SourceRequest;
import org.pharmapipeline.source.SourceType;

/**
 * What the register formats share: a table (text or workbook) whose header row names the columns
 * the format reads, one register entry per row, and a source document of type REGISTER_EXPORT that
 * every record the import writes cites, with the row as locator and the row's words as quote.
 */
abstract class RegisterFormat implements ImportFormat<RegisterRow> {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The register a format reads.
     *
     * @param name the format's name, the value of the upload's format parameter
     * @param description what the format reads, for the contract
     * @param mediaTypes the media types its files are sent as, the usual one first
     * @param publisher who publishes it
     * @param title its title, for the source document
     * @param url where it is published
     * @param workbook whether its files are XLSX workbooks (else tab- or comma-separated text)
     */
    record Register(
            String name,
            String description,
            List<String> mediaTypes,
            String publisher,
            String title,
            String url,
            boolean workbook) {}

    @Inject ImportSettings settings;

    @Inject ObjectMapper json;

    @Inject EntityManager em;

    @Inject CompanyService companies;

    @Inject ProductCandidateService products;

    @Inject OrphanDesignationService designations;

    @Inject RegulatoryEventService events;

    private final Register register;
    private final Columns columns;

    RegisterFormat(Register register, List<String> required, List<String> optional) {
        this.register = register;
        this.columns = new Columns(required, optional);
    }

    /** What the format's writers write through. */
    RegisterWriter.Services services() {
        return new RegisterWriter.Services(json, em, companies, products, designations, events);
    }

    @Override
    public String name() {
        return register.name();
    }

    @Override
    public String description() {
        return register.description();
    }

    @Override
    public List<String> mediaTypes() {
        return register.mediaTypes();
    }

    private boolean workbook() {
        return register.workbook();
    }

    @Override
    public CollectionUse collectionUse() {
        return CollectionUse.NONE;
    }

    @Override
    public SourceRequest source(Upload upload) {
        return new SourceRequest(
                SourceType.REGISTER_EXPORT,
                register.title() + (upload.asOf() == null ? "" : ", as of " + upload.asOf()),
                register.publisher(),
                upload.asOf(),
                register.url(),
                "Export " + upload.fileName(),
                upload.checksum());
    }

    @Override
    public void check(Upload upload) throws IOException {
        if (workbook() && !upload.looksLikeZip()) {
            throw ProblemException.invalid(
                    "body",
                    "is not an XLSX workbook; format "
                            + name()
                            + " reads the register's Excel export (.xlsx)");
        }
        try {
            header(upload);
        } catch (XlsxTable.Inflated e) {
            throw ProblemException.invalid(
                    "body",
                    "inflates far beyond what a spreadsheet does (the workbook's limits on"
                            + " inflation); refused as a possible zip bomb");
        } catch (IOException e) {
            throw ProblemException.invalid(
                    "body",
                    workbook()
                            ? "is not a readable XLSX workbook"
                            : "is not readable as tab- or comma-separated text");
        }
    }

    /** The header row, or a 400 saying which columns are missing. */
    private Columns.Header header(Upload upload) throws IOException {
        Columns.Header[] found = new Columns.Header[1];
        List<String> best = new ArrayList<>(columns.required());
        table(upload)
                .read(
                        (number, cells) -> {
                            found[0] = columns.header(number, cells);
                            List<String> missing = columns.missing(cells);
                            if (missing.size() < best.size()) {
                                best.clear();
                                best.addAll(missing);
                            }
                            return found[0] == null && number < Columns.HEADER_SEARCH;
                        });
        if (found[0] == null) {
            throw ProblemException.invalid(
                    "body",
                    "has no header row naming the columns of format "
                            + name()
                            + "; missing: "
                            + String.join(", ", best)
                            + " (looked at the first "
                            + Columns.HEADER_SEARCH
                            + " rows)");
        }
        return found[0];
    }

    Table table(Upload upload) {
        return workbook()
                ? new XlsxTable(
                        upload.file(),
                        settings.xlsxMinInflateRatio(),
                        settings.xlsxMaxEntrySize().asLongValue())
                : new DelimitedTable(upload.file());
    }

    @Override
    public Rows<RegisterRow> read(Upload upload) throws IOException {
        Columns.Header header = header(upload);
        long[] total = {0};
        table(upload)
                .read(
                        (number, cells) -> {
                            if (number > header.row() && !blank(cells)) {
                                total[0]++;
                            }
                            return true;
                        });
        return new Rows<>() {
            @Override
            public long total() {
                return total[0];
            }

            @Override
            public void forEach(RowConsumer<RegisterRow> consumer) throws IOException {
                table(upload)
                        .read(
                                (number, cells) -> {
                                    if (number > header.row() && !blank(cells)) {
                                        RegisterRow row = header.row(cells);
                                        consumer.accept(
                                                new Row<>(number, String.join("\t", cells), row));
                                    }
                                    return true;
                                });
            }
        };
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** The year a register's two-digit years are read against. */
    static int asOfYear(Upload upload) {
        return (upload.asOf() != null ? upload.asOf() : LocalDate.now()).getYear();
    }
}
