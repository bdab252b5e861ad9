package org.pharmapipeline.orphandesignation;

import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agencies that grant orphan designations, the region each covers and its number format. */
@Schema(
        description =
                "Granting agency. EMA: EU designations (COMP opinion, European Commission decision), numbered"
                        + " EU/3/YY/NNN. FDA: US designations, numbered by designation request (05-2109 or DRU-2017-5957).")
public enum OrphanAgency {
    EMA("EU", "EU/3/\\d{2}/\\d{3,4}", "EU/3/YY/NNN"),
    FDA("US", "(DRU-)?\\d{2,4}-\\d{3,5}", "YY-NNNN or DRU-YYYY-NNNN"),
    PMDA("JP", null, null),
    TGA("AU", null, null),
    SWISSMEDIC("CH", null, null),
    MHRA("GB", null, null);

    public final String region;
    private final Pattern numberFormat;
    public final String numberHint;

    OrphanAgency(String region, String numberFormat, String numberHint) {
        this.region = region;
        this.numberFormat = numberFormat == null ? null : Pattern.compile(numberFormat);
        this.numberHint = numberHint;
    }

    public boolean acceptsNumber(String number) {
        return numberFormat == null || numberFormat.matcher(number).matches();
    }
}
