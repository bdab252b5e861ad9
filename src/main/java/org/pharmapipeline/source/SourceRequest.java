package org.pharmapipeline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source document as clients create or replace it. */
@Schema(
        name = "SourceInput",
        description = "A source document to create, or the full new state of one.")
public record SourceRequest(
        @Schema(description = "Kind of document.", examples = "PRESS_RELEASE") @NotNull
                SourceType type,
        @Schema(
                        description = "Title as published.",
                        examples =
                                "EpiCept Files for Marketing Approval of Ceplene(TM) in European Union")
                @NotBlank
                @Size(max = 500)
                String title,
        @Schema(description = "Who published it.", examples = "EpiCept Corporation")
                @Size(max = 200)
                String publisher,
        @Schema(description = "Publication date.", examples = "2006-10-09") LocalDate publishedOn,
        @Schema(
                        description = "Where the document can be read (http or https URL).",
                        examples =
                                "https://www.sec.gov/Archives/edgar/data/1123979/000114420406041730/0001144204-06-041730-index.htm")
                @Size(max = 2000)
                @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
                String url,
        @Schema(
                        description =
                                "A citation-style reference when there is no URL (filing exhibit, journal issue).",
                        examples = "Form 8-K, Exhibit 99.1")
                @Size(max = 500)
                String reference,
        @Schema(
                        description =
                                "SHA-256 of the document's text, to tell whether a copy is the one cited.",
                        examples =
                                "sha256:5b0b3c4d9a1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f901a2b")
                @Pattern(
                        regexp = "sha256:[0-9a-f]{64}",
                        message = "must be sha256: followed by 64 lowercase hex digits")
                String contentHash) {}
