package org.pharmapipeline.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citation as clients send and receive it. */
@Schema(
        name = "Citation",
        description = "The source document that states a fact, with the words it used.")
public record CitationDto(
        @Schema(
                        description = "Id of the source document (see /api/v1/sources).",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000001")
                @NotNull
                UUID sourceId,
        @Schema(
                        description = "The sentence or phrase of the source that states the fact.",
                        examples =
                                "EpiCept Corporation ... announced today that it has submitted a Market Authorization Application (MAA)")
                @NotBlank
                @Size(max = 2000)
                String quote,
        @Schema(
                        description =
                                "Where in the source the quote stands (page, section, paragraph).",
                        examples = "page 1, paragraph 1",
                        nullable = true)
                @Size(max = 200)
                String locator) {

    public static CitationDto of(Citation citation) {
        return new CitationDto(citation.sourceId, citation.quote, citation.locator);
    }

    public static List<CitationDto> all(List<Citation> citations) {
        return citations.stream().map(CitationDto::of).toList();
    }

    public Citation toEntity() {
        return new Citation(sourceId, quote.strip(), locator == null ? null : locator.strip());
    }
}
