package org.pharmapipeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("plain")
class TimelineEntriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MAA_SUBMITTED, MAA submitted",
        "CHMP_TREND_VOTE, CHMP trend vote",
        "EC_DECISION, EC decision",
        "PEAK_SALES, Peak sales",
        "INCIDENCE, Incidence"
    })
    void shouldWriteAConstantAsWordsKeepingTheAcronyms(String constant, String words) {
        assertEquals(words, TimelineEntries.words(constant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CHMP_OPINION, CHMP opinion", "INCIDENCE, Incidence"})
    void shouldWriteTheSameWordsUnderATurkishDefaultLocale(String constant, String words) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals(words, TimelineEntries.words(constant));
        } finally {
            Locale.setDefault(before);
        }
    }
}
