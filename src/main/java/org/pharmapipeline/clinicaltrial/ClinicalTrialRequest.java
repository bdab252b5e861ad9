package org.pharmapipeline.clinicaltrial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pharmapipeline.domain.CitationDto;
import org.pharmapipeline.domain.CitedRequest;
import org.pharmapipeline.domain.DatePrecision;
import org.pharmapipeline.domain.Phase;

/** A clinical trial as clients create or replace it. */
@Schema(
        name = "ClinicalTrialInput",
        description =
                "A clinical trial to create or replace. readoutDate and"
                        + " readoutPrecision go together; a date of lower precision is the first day of its period.")
public record ClinicalTrialRequest(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000201") @NotNull UUID productId,
        @Schema(
                        description = "An indication of the same product.",
                        examples = "3f6c2a7e-0c1d-4a55-9a10-000000000301")
                UUID indicationId,
        @Schema(
                        examples =
                                "Phase III trial of Ceplene plus low-dose IL-2 as remission maintenance in AML")
                @NotBlank
                @Size(max = 500)
                String title,
        @Schema(
                        description =
                                "Registry identifier (NCT, EudraCT or ISRCTN number), when the sources give one.")
                @Size(max = 40)
                @Pattern(
                        regexp = "NCT\\d{8}|\\d{4}-\\d{6}-\\d{2}|ISRCTN\\d{8}",
                        message = "must be an NCT, EudraCT or ISRCTN number")
                String registryId,
        @Schema(examples = "PHASE_3") @NotNull Phase phase,
        @Schema(examples = "COMPLETED") @NotNull TrialStatus status,
        @Schema(
                        examples =
                                "Randomised; Ceplene plus low-dose IL-2 for 18 months versus no treatment")
                @Size(max = 1000)
                String design,
        @Schema(examples = "320") @PositiveOrZero @Max(10_000_000) Integer enrollment,
        @Schema(
                        description =
                                "Number of countries, when the countries themselves are not named.",
                        examples = "11")
                @PositiveOrZero
                @Max(250)
                Integer countryCount,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries named.") @Size(max = 250)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "[A-Z]{2}",
                                        message = "must be an ISO 3166-1 alpha-2 code")
                                String>
                        countries,
        @Schema(examples = "Leukaemia-free survival") @Size(max = 500) String primaryEndpoint,
        @Schema(examples = "true") Boolean primaryEndpointMet,
        @Schema(examples = "2006-07-01") LocalDate readoutDate,
        @Schema(examples = "DAY") DatePrecision readoutPrecision,
        @Size(max = 50) List<@Valid @NotNull TrialResultDto> results,
        @Schema(examples = "Blood 108(1), 1 July 2006") @Size(max = 500) String publication,
        @Schema(examples = "Prof. Kristoffer Hellstrand, Sahlgrenska University Hospital, Göteborg")
                @Size(max = 300)
                String leadInvestigator,
        @Size(max = 50) List<@Valid @NotNull CitationDto> citations)
        implements CitedRequest {}
