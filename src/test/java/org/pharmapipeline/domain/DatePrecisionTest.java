package org.pharmapipeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("plain")
class DatePrecisionTest {

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
        "DAY, 2008-02-27, true",
        "MONTH, 2008-02-01, true",
        "MONTH, 2008-02-27, false",
        "QUARTER, 2008-04-01, true",
        "QUARTER, 2008-02-01, false",
        "QUARTER, 2008-10-01, true",
        "YEAR, 2008-01-01, true",
        "YEAR, 2008-02-01, false"
    })
    void shouldKnowTheFirstDayOfItsPeriods(DatePrecision precision, LocalDate date, boolean start) {
        assertEquals(start, precision.isStartOfPeriod(date));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "DAY, 2008-02-27, 2008-02-27",
        "MONTH, 2008-02-01, 2008-02-29",
        "MONTH, 2007-02-01, 2007-02-28",
        "QUARTER, 2008-10-01, 2008-12-31",
        "YEAR, 2008-01-01, 2008-12-31"
    })
    void shouldEndEachPeriodOnItsLastDayLeapYearsIncluded(
            DatePrecision precision, LocalDate start, LocalDate last) {
        assertEquals(last, precision.lastDay(start));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "DAY, 2008-02-27, 2008-02-27",
        "MONTH, 2008-02-01, 2008-02",
        "QUARTER, 2008-04-01, 2008-Q2",
        "YEAR, 2008-01-01, 2008"
    })
    void shouldWriteADateAsPeopleDoAtItsPrecision(
            DatePrecision precision, LocalDate date, String label) {
        assertEquals(label, precision.label(date));
    }
}
