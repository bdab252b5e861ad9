package org.pharmapipeline.productcandidate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner company of a product candidate, as clients send it. */
@Schema(
        name = "PartnerInput",
        description = "A company that works on the candidate besides its owner.")
public record PartnerDto(
        @Schema(examples = "3f6c2a7e-0c1d-4a55-9a10-000000000102") @NotNull UUID companyId,
        @Schema(description = "What the partner does.", examples = "Licensee; develops Azixa")
                @Size(max = 200)
                String role) {}
