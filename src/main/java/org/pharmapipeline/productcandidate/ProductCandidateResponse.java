package org.pharmapipeline.productcandidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.Phase;
import org.pharmapipeline.domain.Ref;
import org.pharmapipeline.domain.Versioned;

/** A product candidate as the service returns it. */
@Schema(
        name = "ProductCandidate",
        description =
                "A drug in development, with its highest phase derived from its" + " indications.")
public record ProductCandidateResponse(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) String updatedBy,
        @Schema(examples = "Ceplene") String name,
        @Schema(examples = "histamine dihydrochloride", nullable = true) String inn,
        List<String> researchCodes,
        Ref owner,
        List<Partner> partners,
        @Schema(examples = "SMALL_MOLECULE") Modality modality,
        @Schema(nullable = true) String mechanismOfAction,
        List<String> therapeuticAreas,
        @Schema(examples = "ACTIVE") ProductStatus status,
        @Schema(nullable = true) String description,
        @Schema(
                        description =
                                "Highest phase across the candidate's indications (UNKNOWN when none is known).",
                        examples = "FILED")
                Phase highestPhase,
        List<CitationDto> citations)
        implements Versioned {

    /** A partner company and its role. */
    @Schema(name = "Partner")
    public record Partner(
            Ref company,
            @Schema(examples = "Licensee; develops Azixa", nullable = true) String role) {}

    static ProductCandidateResponse of(ProductCandidate p) {
        return new ProductCandidateResponse(
                p.id,
                p.version,
                p.createdAt,
                p.updatedAt,
                p.createdBy,
                p.updatedBy,
                p.name,
                p.inn,
                List.copyOf(p.researchCodes),
                Ref.of(p.owner),
                p.partners.stream().map(x -> new Partner(Ref.of(x.company), x.role)).toList(),
                p.modality,
                p.mechanismOfAction,
                List.copyOf(p.therapeuticAreas),
                p.status,
                p.description,
                p.highestPhase(),
                CitationDto.all(p.citations));
    }
}
