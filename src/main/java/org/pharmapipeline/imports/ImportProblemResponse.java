package org.pharmapipeline.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.problem.Problem;

/** A rejected row, or a warning about one, as problem details with the row's number. */
@Schema(
        name = "ImportProblem",
        description =
                "A row the import rejected (severity ERROR), as the RFC 9457 problem an API write of"
                        + " it would have been answered with, or a warning about a row it imported"
                        + " (severity WARNING: an ambiguity it reported instead of resolving, a figure"
                        + " the register states differently from a stored source, kept side by side).")
public record ImportProblemResponse(
        @Schema(
                        description =
                                "The line of a text file, or the row of a spreadsheet, counting from 1"
                                        + " (a header row is row 1).",
                        examples = "1779")
                long row,
        @Schema(examples = "ERROR") RowProblem.Severity severity,
        @Schema(
                        description =
                                "The kind of problem: for an error, the type of the problem an API"
                                        + " write of the row would have been answered with (see"
                                        + " Problem.type); for a warning, urn:pipeline:import:warning.",
                        examples = "urn:pipeline:problem:validation-error")
                String type,
        @Schema(examples = "The row is not valid") String title,
        @Schema(
                        description =
                                "The status an API write of the row would have had; null for a warning.",
                        examples = "400",
                        nullable = true)
                Integer status,
        @Schema(examples = "Designation Date: 2/30/99 is not a date (M/D/YY)") String detail,
        @Schema(description = "The rejected fields or columns, and why.")
                List<Problem.Violation> violations) {

    static ImportProblemResponse of(RowProblem p, List<Problem.Violation> violations) {
        String title;
        if (p.severity == RowProblem.Severity.WARNING) {
            title = "The row was imported with a warning";
        } else if (p.status != null && p.status == 409) {
            title = "The row conflicts with stored data";
        } else {
            title = "The row is not valid";
        }
        return new ImportProblemResponse(
                p.row, p.severity, p.type, title, p.status, p.detail, violations);
    }
}
