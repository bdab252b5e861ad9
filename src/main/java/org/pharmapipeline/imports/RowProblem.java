package org.pharmapipeline.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row an import rejected, or a warning it gave about one, stored as problem details. */
@Entity
@Table(name = "data_import_problem")
public class RowProblem extends PanacheEntityBase {

    /** An error rejects its row; a warning tells of something the import did with it. */
    public enum Severity {
        ERROR,
        WARNING
    }

    @Id public UUID id;

    @Column(name = "data_import_id", nullable = false)
    public UUID importId;

    /** The line of a text file, or the row of a spreadsheet, counting from 1. */
    @Column(name = "row_index", nullable = false)
    public long row;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Severity severity;

    /** The problem's type: a problem type URI, or the import warning's. */
    @Column(nullable = false, length = 100)
    public String type;

    /** The HTTP status the problem would have as an answer to one write; null for a warning. */
    public Integer status;

    @Column(nullable = false, length = 2000)
    public String detail;

    /** The violations as a JSON array of {field, message}. */
    @Column(nullable = false, length = 8000)
    public String violations;
}
