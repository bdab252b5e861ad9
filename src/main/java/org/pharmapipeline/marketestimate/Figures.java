package org.pharmapipeline.marketestimate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes a figure the way a pipeline table shows it: "> USD 300,000,000 per year", "≈ 47,000
 * patients".
 */
final class Figures {

    private Figures() {}

    static String display(MarketEstimate m) {
        boolean range = m.qualifier == Qualifier.RANGE && m.valueHigh != null;
        String amount = number(m.value) + (range ? "–" + number(m.valueHigh) : "");
        String prefix =
                m.qualifier == Qualifier.EQ || m.qualifier == Qualifier.RANGE
                        ? ""
                        : m.qualifier.symbol + " ";
        String currency = m.currency == null ? "" : m.currency + " ";
        String unit = m.unit == null ? "" : m.unit == Unit.PERCENT ? "%" : " " + m.unit.label;
        String period =
                m.period == EstimatePeriod.ANNUAL && m.unit != Unit.NEW_CASES_PER_YEAR
                        ? " per year"
                        : "";
        return prefix + currency + amount + unit + period;
    }

    private static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value);
    }
}
