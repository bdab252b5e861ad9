package org.pharmapipeline.patent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;

/**
 * A patent as clients create or replace it. Unlike the service's own request types it has no
 * {@code @Schema}: SmallRye documents every class so annotated, and patents must stay out of the
 * contract of every build that does not register them.
 */
public record PatentRequest(
        @NotNull UUID productId,
        @NotBlank @Size(max = 40) String patentNumber,
        @Size(max = 500) String title,
        @NotNull PatentOffice office,
        LocalDate expiresOn,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
