package org.pharmapipeline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class SnippetTest {

    @Test
    void shouldMarkEveryMatchedWordAndTheWordsThatStartWithTheLastOne() {
        assertEquals(
                "«Acute» «myeloid» leukemia · D015470",
                Snippet.of("Acute myeloid leukemia · D015470", List.of("acute", "mye")));
    }

    @Test
    void shouldMatchWordsWhateverTheirCaseAndAccents() {
        assertEquals("«Ménière»'s disease", Snippet.of("Ménière's disease", List.of("meniere")));
    }

    @Test
    void shouldNotMarkAWordThatOnlyStartsWithAnEarlierWordOfTheQuery() {
        assertEquals(
                "Cepleneous «ceplene» «tablets»",
                Snippet.of("Cepleneous ceplene tablets", List.of("ceplene", "tab")));
    }

    @Test
    void shouldShowTheTextAroundAMatchFarIntoALongText() {
        String text = "word ".repeat(100) + "histamine " + "more ".repeat(100);
        String snippet = Snippet.of(text.strip(), List.of("histamine"));
        assertTrue(snippet.startsWith("…word "), snippet);
        assertTrue(snippet.contains("word «histamine» more"), snippet);
        assertTrue(snippet.endsWith("more…"), snippet);
        assertTrue(snippet.length() <= Snippet.WIDTH + 4, snippet);
    }

    @Test
    void shouldShowTheStartOfTheTextWhenNoWordOfItMatches() {
        assertEquals("EPC 2407 · Ceplene", Snippet.of("EPC 2407 · Ceplene", List.of("epc2407")));
    }
}
