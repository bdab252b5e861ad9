package org.pharmapipeline.imports;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How an upload is to be imported: the query parameters of POST /api/v1/imports. */
public class ImportParams {

    @QueryParam("format")
    @Parameter(
            description =
                    "What the file is: ndjson (records in the API's request shape, one per line),"
                            + " csv (records of one collection), fda-orphan (the FDA's orphan"
                            + " designations export, .tsv or .csv), ema-orphan (the EMA's orphan"
                            + " designations, .xlsx), ema-medicines (the EMA's medicines report, .xlsx)."
                            + " Optional for ndjson and csv, which the Content-Type tells.",
            example = "fda-orphan")
    public String format;

    @QueryParam("collection")
    @Parameter(
            description =
                    "The collection the records belong to: required for csv; for ndjson, lines may"
                            + " then leave out their collection. Not for register formats.",
            example = "companies")
    public String collection;

    @QueryParam("dryRun")
    @Parameter(
            description = "Check every row and report what would happen, storing nothing.",
            example = "false")
    public Boolean dryRun;

    @QueryParam("onError")
    @Parameter(
            description =
                    "abort (the default): import nothing when any row is rejected. skip: import"
                            + " the valid rows and report each rejected one.",
            schema =
                    @Schema(
                            implementation = String.class,
                            enumeration = {"abort", "skip"},
                            defaultValue = "abort"))
    public String onError;

    @QueryParam("fileName")
    @Parameter(
            description =
                    "The file's name, for the report and the source document; by default the"
                            + " filename of a Content-Disposition header.",
            example = "fda-orphan-designations-2017-02-01.tsv")
    public String fileName;

    @QueryParam("asOf")
    @Parameter(
            description =
                    "The date the register's content is as of; by default a date (YYYY-MM-DD) in"
                            + " the file's name, else the day of the import.",
            example = "2017-02-01")
    public LocalDate asOf;

    @HeaderParam("Content-Disposition")
    @Parameter(hidden = true)
    public String contentDisposition;
}
