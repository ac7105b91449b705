package de.stammkunde.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldSpellsOutUmlautsDropsAccentsAndCollapsesSpaces() {
        assertEquals("mueller", Text.fold(" Müller "));
        assertEquals("strasse", Text.fold("STRAßE"));
        assertEquals("jose garcon", Text.fold("José \t Garçon"));
        assertEquals("anna maria", Text.fold("Anna\nMaria"));
        assertEquals("", Text.fold(null));
    }

    @Test
    void anUmlautWrittenAsALetterAndACombiningMarkIsSpelledOutAsTheOneLetter() {
        // A list saved on a Mac may hold "Müller" as "Mu" + U+0308 + "ller": it folded to "muller", and the
        // customer was not found by "Müller" nor taken for the same as the Müller already on file.
        assertEquals("mueller", Text.fold("Mu\u0308ller"));
        assertEquals("aeoeue", Text.fold("A\u0308o\u0308U\u0308"));
        assertEquals("cafe", Text.fold("cafe\u0301"));
    }

    @Test
    void lettersWithoutAMarkToDropAreSpelledPlainly() {
        assertEquals("yildiz", Text.fold("Yıldız"));
        assertEquals("sahin celik", Text.fold("Şahin Çelik"));
        assertEquals("istanbul", Text.fold("İstanbul"));
        assertEquals("lukasz zolc", Text.fold("Łukasz Żółć"));
        assertEquals("soren aeble coeur dokovic", Text.fold("Søren Æble Cœur Đoković"));
    }

    @Test
    void collapseSpacesGivesWhatTheRegexGave() {
        for (String value : new String[] {"Anna Maria", "Anna  Maria", "a\tb", "a \r\n b", " a ", "a\u00a0b", "",
            "a\u2003b", "x \u0301 y"}) {
            assertEquals(value.replaceAll("\\s+", " "), Text.collapseSpaces(value), value);
        }
        String plain = "Hauptstraße 5";
        assertSame(plain, Text.collapseSpaces(plain), "nothing to collapse: the same string back");
    }

    @Test
    void phoneDigitsAreNational() {
        assertEquals("01712345678", Text.phoneDigits("+49 (0)171 234-5678"));
        assertEquals("01712345678", Text.phoneDigits("0171/2345678"));
        assertEquals("06641234567", Text.phoneDigits("+43 664 1234567"));
        assertEquals("", Text.phoneDigits("  "));
    }
}
