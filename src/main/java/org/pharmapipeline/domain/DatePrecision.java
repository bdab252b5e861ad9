package org.pharmapipeline.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How precisely a date is known: sources say "Feb 2008" or "next month". A date of lower precision
 * is stored as the first day of its period.
 */
@Schema(
        description =
                "How precisely the date is known. For MONTH, QUARTER and YEAR the date is the first day of"
                        + " the period (2008-03-01 with MONTH means March 2008).")
public enum DatePrecision {
    DAY,
    MONTH,
    QUARTER,
    YEAR;

    /** Whether a date is the first day of a period of this precision. */
    public boolean isStartOfPeriod(LocalDate date) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case QUARTER -> date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % 3 == 0;
            case YEAR -> date.getDayOfYear() == 1;
        };
    }

    /** The last day of the period that starts on {@code date}: 2008-02-29 for February 2008. */
    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.plusMonths(1).minusDays(1);
            case QUARTER -> date.plusMonths(3).minusDays(1);
            case YEAR -> date.plusYears(1).minusDays(1);
        };
    }

    /** The date as people write it at this precision: 2008-02-27, 2008-02, 2008-Q1, 2008. */
    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
