package org.pharmapipeline.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** An import as the service reports it. */
@Schema(
        name = "Import",
        description =
                "An upload being imported, or imported: what it is, how it is imported, how far it"
                        + " has got and what it did. Its version changes with its progress and is its"
                        + " ETag, so a client polling it may send If-None-Match.")
public record ImportResponse(
        @Schema(examples = "7c1e1b52-5d0e-4b8a-9f1e-2f8d7f6a1c01") UUID id,
        @Schema(
                        description = "Changes with every report of progress; also the ETag.",
                        examples = "4")
                long version,
        @Schema(examples = "SUCCEEDED") ImportState state,
        @Schema(description = "The format the file was read as.", examples = "fda-orphan")
                String format,
        @Schema(
                        description =
                                "The collection a one-collection import writes; null otherwise.",
                        examples = "companies",
                        nullable = true)
                String collection,
        @Schema(examples = "fda-orphan-designations-2017-02-01.tsv") String fileName,
        @Schema(examples = "text/tab-separated-values", nullable = true) String mediaType,
        @Schema(description = "The upload's length in bytes.", examples = "978501") long size,
        @Schema(
                        description = "sha256: and the hex SHA-256 of the upload.",
                        examples =
                                "sha256:4f0e5c6a1b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f")
                String checksum,
        @Schema(description = "True when nothing is stored: the rows are only checked.")
                boolean dryRun,
        @Schema(
                        description =
                                "abort: nothing is imported when a row is rejected; skip: valid rows"
                                        + " are imported and each rejected one reported.",
                        enumeration = {"abort", "skip"},
                        examples = "abort")
                String onError,
        @Schema(
                        description = "The date the register's content is as of.",
                        examples = "2017-02-01",
                        nullable = true)
                LocalDate asOf,
        @Schema(description = "Who uploaded it (the token's subject).", examples = "admin")
                String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        RowCounts rows,
        @Schema(description = "Records created and changed, per collection.")
                List<RecordCounts> records,
        @Schema(
                        description =
                                "The source document of type REGISTER_EXPORT a register import cites"
                                        + " every record it writes to; null for other formats and dry runs.",
                        nullable = true)
                Ref source,
        @Schema(
                        description = "Why the import failed; null unless it did.",
                        examples =
                                "Interrupted: the service stopped while the import was running. Nothing"
                                        + " was imported (all or nothing). Upload the file again.",
                        nullable = true)
                String failure,
        @Schema(
                        description = "Where the rejected rows and the warnings are listed.",
                        examples = "/api/v1/imports/7c1e1b52-5d0e-4b8a-9f1e-2f8d7f6a1c01/problems")
                String problems)
        implements Versioned {

    /** Rows by what the import did with them. */
    @Schema(
            name = "ImportRowCounts",
            description =
                    "Rows read so far (of total, known once the file is read through), and what"
                            + " became of them: a row that created any record counts as created, else one"
                            + " that changed any as updated, else as unchanged. Skipped rows are left out"
                            + " by design (veterinary medicines); rejected ones are listed under problems.")
    public record RowCounts(
            @Schema(examples = "4036", nullable = true) Long total,
            @Schema(examples = "4036") long read,
            @Schema(examples = "4036") long created,
            @Schema(examples = "0") long updated,
            @Schema(examples = "0") long unchanged,
            @Schema(examples = "0") long rejected,
            @Schema(examples = "0") long skipped,
            @Schema(description = "Warnings given about the rows.", examples = "2")
                    long warnings) {}

    /** Records of one collection the import created and changed. */
    @Schema(name = "ImportRecordCounts")
    public record RecordCounts(
            @Schema(examples = "orphan-designations") String collection,
            @Schema(examples = "3996") long created,
            @Schema(
                            description =
                                    "Records that existed before the import and that it changed.",
                            examples = "0")
                    long updated) {}

    static ImportResponse of(ImportRun r, Ref source) {
        return new ImportResponse(
                r.id,
                r.version,
                r.state,
                r.format,
                r.collection,
                r.fileName,
                r.mediaType,
                r.size,
                r.checksum,
                r.dryRun,
                r.onError.value(),
                r.asOf,
                r.createdBy,
                r.createdAt,
                r.startedAt,
                r.finishedAt,
                new RowCounts(
                        r.rowsTotal,
                        r.rowsRead,
                        r.rowsCreated,
                        r.rowsUpdated,
                        r.rowsUnchanged,
                        r.rowsRejected,
                        r.rowsSkipped,
                        r.warnings),
                r.records.stream()
                        .map(c -> new RecordCounts(c.collection, c.created, c.updated))
                        .toList(),
                source,
                r.failure,
                ImportResource.PATH + "/" + r.id + "/problems");
    }
}
