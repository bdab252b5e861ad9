package org.pharmapipeline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class WordsTest {

    @Test
    void shouldLowerCaseAndSplitOnAnythingButLettersAndDigits() {
        assertEquals(
                List.of("histamine", "dihydrochloride", "il", "2"),
                Words.of("Histamine dihydrochloride (+ IL-2)"));
    }

    @Test
    void shouldDropAccentsSoThatAnAccentedWordIsFoundWithoutThem() {
        assertEquals(List.of("meniere", "s", "disease"), Words.of("Ménière's disease"));
    }

    @Test
    void shouldLowerCaseTheSameInEveryLocale() {
        // In a Turkish locale, "I".toLowerCase() would give a dotless ı.
        assertEquals(List.of("iliac"), Words.of("ILIAC"));
    }

    @Test
    void shouldKeepEachQueryWordOnceInOrder() {
        assertEquals(List.of("cep", "aml"), Words.of("cep AML cep"));
    }

    @Test
    void shouldIndexACodeWrittenApartByItsPartsAndJoined() {
        assertEquals(Set.of("epc", "2407", "epc2407"), Words.indexed("EPC 2407"));
        assertEquals(Set.of("qlt", "1042", "qlt1042"), Words.indexed("QLT-1042"));
    }

    @Test
    void shouldIndexACodeWrittenTogetherByItsPartsToo() {
        assertEquals(Set.of("qlt1042", "qlt", "1042"), Words.indexed("QLT1042"));
        assertEquals(Set.of("d015470", "d", "015470"), Words.indexed("D015470"));
    }

    @Test
    void shouldNotJoinTwoWordsThatAreNotACode() {
        assertEquals(
                Set.of("acute", "myeloid", "leukemia"), Words.indexed("Acute myeloid leukemia"));
        assertEquals(Set.of("phase", "3", "2", "phase3"), Words.indexed("phase 3, 2"));
    }

    @Test
    void shouldCutWordsLongerThanAnIndexEntryMayBe() {
        String word = "x".repeat(150);
        assertEquals(List.of("x".repeat(Words.MAX_LENGTH)), Words.of(word));
        assertTrue(Words.indexed(word).contains("x".repeat(Words.MAX_LENGTH)));
    }

    @Test
    void shouldFindNoWordsInPunctuation() {
        assertEquals(List.of(), Words.of(" -- / ! "));
    }

    @Test
    void shouldBoundAPrefixByTheNextWordInOrder() {
        assertEquals("ceq", Words.bound("cep"));
        assertEquals("cf", Words.bound("cez"));
        assertEquals("a", Words.bound("9"));
        assertEquals("x1a", Words.bound("x19"));
        assertNull(Words.bound("zz"));
    }
}
