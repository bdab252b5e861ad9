package org.pharmapipeline.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as registers write them. The FDA writes month first (12/15/99, 01/23/2004), the EMA day
 * first (11/04/2005); a spreadsheet cell that holds a date is read as ISO (2005-04-11). A two-digit
 * year is the latest year ending in those digits that is not after the year the register is as of:
 * in an export of 2017, 17 is 2017 and 83 is 1983.
 */
public final class RegisterDates {

    /** Which of the first two numbers is the month. */
    public enum Order {
        MONTH_FIRST("M/D/YY or MM/DD/YYYY"),
        DAY_FIRST("DD/MM/YYYY");

        final String hint;

        Order(String hint) {
            this.hint = hint;
        }
    }

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private RegisterDates() {}

    /**
     * The date, or null for blank text.
     *
     * @throws IllegalArgumentException saying why, when the text is not a date (or not one that
     *     exists, such as 2/30/99)
     */
    public static LocalDate parse(String text, Order order, int asOfYear) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Matcher iso = ISO.matcher(value);
        Matcher slashed = SLASHED.matcher(value);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (slashed.matches()) {
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            month = order == Order.MONTH_FIRST ? first : second;
            day = order == Order.MONTH_FIRST ? second : first;
            year = Integer.parseInt(slashed.group(3));
            if (slashed.group(3).length() == 2) {
                int century = asOfYear - asOfYear % 100;
                year += century;
                if (year > asOfYear) {
                    year -= 100;
                }
            }
        } else {
            throw new IllegalArgumentException(value + " is not a date (" + order.hint + ")");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(value + " is not a date that exists");
        }
    }
}
