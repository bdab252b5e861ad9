package org.pharmapipeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Identity, optimistic-lock version and audit fields shared by every stored record. */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id public UUID id;

    /** Incremented by Hibernate on every update; exposed to clients as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The subject of the token that created the record ("seed" for the bundled dataset). */
    @Column(name = "created_by", updatable = false, length = 200)
    public String createdBy;

    /** The subject of the token that last changed the record. */
    @Column(name = "updated_by", length = 200)
    public String updatedBy;

    /**
     * Who is writing the record now. Stamped as updatedBy only when the write changes something,
     * together with updatedAt, so an unchanged PUT leaves both (and the version) alone.
     */
    @Transient private String author;

    public void writtenBy(String author) {
        this.author = author;
    }

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        // Microseconds: the precision both H2 and PostgreSQL store, so reads equal writes.
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
        createdBy = author;
        updatedBy = author;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedBy = author;
    }
}
