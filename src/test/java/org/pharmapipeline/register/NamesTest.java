package org.pharmapipeline.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class NamesTest {

    @Test
    void shouldMatchCompanyNamesWrittenWithAnotherLegalFormSpellingOrPunctuation() {
        assertEquals(
                Names.key("Mundipharma Research Limited"), Names.key("Mundipharma Research Ltd"));
        assertEquals(Names.key("Genentech, Inc"), Names.key("Genentech, Inc."));
        assertEquals(
                Names.key("Bristol-Myers Squibb Co."), Names.key("Bristol-Myers Squibb Company"));
        assertEquals(Names.key("Genkyotex S.A."), Names.key("GENKYOTEX SA"));
        assertEquals(Names.key("Acme L.L.C."), Names.key("Acme LLC"));
        assertEquals("johnson and johnson", Names.key("Johnson & Johnson"));
    }

    @Test
    void shouldKeepCompaniesOfDifferentLegalFormsApart() {
        assertNotEquals(Names.key("EpiCept GmbH"), Names.key("EpiCept Corporation"));
        assertNotEquals(Names.key("Genkyotex Innovation SAS"), Names.key("Genkyotex S.A."));
    }

    @Test
    void shouldIgnoreTrademarkSignsAndAccents() {
        assertEquals(Names.key("Adcetris"), Names.key("Adcetris(R)"));
        assertEquals(Names.key("Dysport"), Names.key("Dysport®"));
        assertEquals(Names.key("Ceplene"), Names.key("Ceplene(TM)"));
        assertEquals(Names.key("Laboratoires Delbert"), Names.key("Laboratoires Delbért"));
    }

    @Test
    void shouldReadBritishAndAmericanSpellingOfMedicalTextAlike() {
        assertEquals(
                Names.medicalKey("Treatment of acute myeloid leukaemia"),
                Names.medicalKey("Treatment of acute myeloid leukemia."));
        assertTrue(
                Names.mentions(
                        "Adjunct to cytokine therapy in the treatment of acute myeloid leukemia.",
                        "Acute myeloid leukemia"));
        assertTrue(Names.mentions("Treatment of malignant melanoma", "Malignant melanoma"));
        assertFalse(Names.mentions("Treatment of melanomatosis", "melanoma"), "whole words only");
    }

    @Test
    void shouldGiveNoKeyToBlankText() {
        assertNull(Names.key(null));
        assertNull(Names.key(" - "));
    }
}
