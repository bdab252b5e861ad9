package org.pharmapipeline.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One committed change of one record, at its place in the change feed. Written by {@link ChangeLog}
 * when the transaction commits, never through this mapping, which only reads.
 */
@Entity
@Table(name = "record_change")
public class RecordChange {

    @Id
    @Column(name = "feed_position")
    public long position;

    /** The collection's name ("regulatory-events"). */
    @Column(nullable = false, length = 60)
    public String collection;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "record_version", nullable = false)
    public long recordVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ChangeOperation operation;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(length = 200)
    public String actor;

    /** The record as the API showed it after the change (before it, for a deletion), as JSON. */
    @Column(nullable = false, length = 1000000)
    public String body;
}
