package org.pharmapipeline.timeline;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.pharmapipeline.api.ContractPart;

/**
 * The values of a timeline entry's type, agency and outcome, which come from several enums of
 * several features and so cannot be one Java enum: listed in the contract so that clients can
 * generate enums instead of strings.
 */
@Singleton
class TimelineDocumentation implements ContractPart {

    @Override
    public void document(OpenAPI openAPI) {
        Map<String, Schema> entry =
                openAPI.getComponents().getSchemas().get("TimelineEntry").getProperties();
        entry.get("type").setEnumeration(new ArrayList<>(TimelineEntry.TYPES));
        ContractPart.oneOfOrNull(entry.get("agency"), TimelineEntry.AGENCIES);
        ContractPart.oneOfOrNull(entry.get("outcome"), TimelineEntry.OUTCOMES);
    }
}
