package org.pharmapipeline.company;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Versioned;

/** A company as the service returns it. */
@Schema(
        name = "Company",
        description = "A company that owns, partners on or sponsors product candidates.")
public record CompanyResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000101") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(examples = "EpiCept Corporation") String name,
        List<String> aliases,
        @Schema(examples = "US", nullable = true) String country,
        @Schema(examples = "Tarrytown, New York", nullable = true) String headquarters,
        @Schema(nullable = true) String description,
        List<ListingDto> listings,
        List<CitationDto> citations)
        implements Versioned {

    static CompanyResponse of(Company c) {
        return new CompanyResponse(
                c.id,
                c.version,
                c.createdAt,
                c.updatedAt,
                c.createdBy,
                c.updatedBy,
                c.name,
                List.copyOf(c.aliases),
                c.country,
                c.headquarters,
                c.description,
                c.listings.stream().map(ListingDto::of).toList(),
                CitationDto.all(c.citations));
    }
}
