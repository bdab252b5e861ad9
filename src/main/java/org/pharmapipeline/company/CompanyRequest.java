package org.pharmapipeline.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;

/** A company as clients create or replace it. */
@Schema(name = "CompanyInput", description = "A company to create, or the full new state of one.")
public record CompanyRequest(
        @Schema(examples = "EpiCept Corporation") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Other names the company is known by.", examples = "[\"EpiCept\"]")
                @Size(max = 20)
                List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "ISO 3166-1 alpha-2 country of the head office.", examples = "US")
                @Pattern(
                        regexp = "[A-Z]{2}",
                        message = "must be an ISO 3166-1 alpha-2 code such as US")
                String country,
        @Schema(examples = "Tarrytown, New York") @Size(max = 200) String headquarters,
        @Schema(
                        description = "Postal address on one line, as a register states it.",
                        examples = "777 Old Saw Mill River Road, Tarrytown, New York 10591, USA")
                @Size(max = 500)
                String address,
        @Schema(
                        examples =
                                "Specialty pharmaceutical company focused on unmet needs in the treatment of pain and cancer.")
                @Size(max = 2000)
                String description,
        @Size(max = 20) List<@Valid @NotNull ListingDto> listings,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
