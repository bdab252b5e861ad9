package org.pharmapipeline.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One import: the upload, how it is to be imported, and its progress and outcome. Kept in the
 * database so that every instance can report it, and so that one that restarts can tell an import
 * it was running when it stopped.
 */
@Entity
@Table(name = "data_import")
public class ImportRun extends PanacheEntityBase {

    @Id public UUID id;

    /** Guards against an import being ended twice (by its job, and as interrupted by a sweep). */
    @Version
    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportState state;

    @Column(nullable = false, length = 40)
    public String format;

    /** The collection a one-collection import writes, or null. */
    @Column(length = 60)
    public String collection;

    @Column(name = "file_name", nullable = false, length = 300)
    public String fileName;

    @Column(name = "media_type", length = 200)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    /** sha256: and the hex SHA-256 of the uploaded bytes. */
    @Column(nullable = false, length = 80)
    public String checksum;

    @Column(name = "active_checksum", length = 80)
    public String activeChecksum;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_error", nullable = false, length = 10)
    public OnError onError;

    /** The date the register's content is as of. */
    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "created_by", length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Renewed while a job works on the import; an old one means the job is gone. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "rows_total")
    public Long rowsTotal;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "rows_created", nullable = false)
    public long rowsCreated;

    @Column(name = "rows_updated", nullable = false)
    public long rowsUpdated;

    @Column(name = "rows_unchanged", nullable = false)
    public long rowsUnchanged;

    @Column(name = "rows_rejected", nullable = false)
    public long rowsRejected;

    @Column(name = "rows_skipped", nullable = false)
    public long rowsSkipped;

    @Column(nullable = false)
    public long warnings;

    /** The source document a register import cites every record it writes to. */
    @Column(name = "source_id")
    public UUID sourceId;

    @Column(length = 2000)
    public String failure;

    @ElementCollection
    @CollectionTable(name = "data_import_count", joinColumns = @JoinColumn(name = "data_import_id"))
    @OrderColumn(name = "list_index")
    public List<RecordCount> records = new ArrayList<>();

    /** Ends the import: it no longer blocks another import of the same file. */
    void end(ImportState outcome, String failure, Instant at) {
        this.state = outcome;
        this.failure = failure;
        this.finishedAt = at;
        this.activeChecksum = null;
    }
}
