package org.pharmapipeline.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.pharmapipeline.domain.BaseEntity;

/** A document that states facts: every citation in the service points at one. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public SourceType type;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(length = 2000)
    public String url;

    @Column(length = 500)
    public String reference;

    @Column(name = "content_hash", length = 80)
    public String contentHash;
}
