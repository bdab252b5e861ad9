package org.pharmapipeline.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pharmapipeline.register.RegisterDates.Order;

@Tag("plain")
class RegisterDatesTest {

    @Test
    void shouldReadTheFdasTwoDigitYearsAgainstTheYearTheExportIsOf() {
        assertEquals(
                LocalDate.of(1999, 12, 15),
                RegisterDates.parse("12/15/99", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(1983, 1, 6), RegisterDates.parse("1/6/83", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(2017, 1, 6), RegisterDates.parse("1/6/17", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(2000, 2, 1), RegisterDates.parse("2/1/00", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(1918, 1, 6), RegisterDates.parse("1/6/18", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(2018, 1, 6), RegisterDates.parse("1/6/18", Order.MONTH_FIRST, 2024));
    }

    @Test
    void shouldReadFourDigitYearsMonthFirstForTheFdaAndDayFirstForTheEma() {
        assertEquals(
                LocalDate.of(2004, 1, 23),
                RegisterDates.parse("01/23/2004", Order.MONTH_FIRST, 2017));
        assertEquals(
                LocalDate.of(2005, 4, 11),
                RegisterDates.parse("11/04/2005", Order.DAY_FIRST, 2026));
        assertEquals(
                LocalDate.of(2008, 10, 7),
                RegisterDates.parse("2008-10-07", Order.DAY_FIRST, 2026));
    }

    @Test
    void shouldRefuseTextThatIsNoDateAndDatesThatDoNotExist() {
        assertEquals(
                "2/30/99 is not a date that exists",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RegisterDates.parse("2/30/99", Order.MONTH_FIRST, 2017))
                        .getMessage());
        assertEquals(
                "13/45/15 is not a date that exists",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RegisterDates.parse("13/45/15", Order.MONTH_FIRST, 2017))
                        .getMessage());
        assertEquals(
                "next March is not a date (DD/MM/YYYY)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RegisterDates.parse("next March", Order.DAY_FIRST, 2017))
                        .getMessage());
        assertNull(RegisterDates.parse("  ", Order.DAY_FIRST, 2017));
    }
}
