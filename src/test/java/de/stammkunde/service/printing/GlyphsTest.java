package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GlyphsTest {

    @Test
    void aLetterTheFontLacksIsWrittenWithoutItsAccent() {
        assertEquals("Lukasz Zólc Sükrü Dogan Capek", WinAnsi.safe("Łukasz Żółć Şükrü Doğan Čapek"));
    }

    @Test
    void germanTextIsLeftAsItIs() {
        assertEquals("Bäckerei Groß – 5,00 € …", WinAnsi.safe("Bäckerei Groß – 5,00 € …"));
    }

    @Test
    void emojiWithTheirJoinersAndSkinTonesAreLeftOutNotPrintedAsQuestionMarks() {
        assertEquals("Anna Müller", WinAnsi.safe("Anna 😀 Müller"));
        assertEquals("Café", WinAnsi.safe("Café ☕"));
        assertEquals("Familie Groß", WinAnsi.safe("👨‍👩‍👧 Familie 👍🏽 Groß ❤️"));
    }

    @Test
    void hebrewIsTurnedRoundForThePdfWhichSetsLettersLeftToRight() {
        assertEquals("Gratis: םלוע םולש", Glyphs.visual("Gratis: שלום עולם"));
        assertEquals("(דוד) 12 םולש", Glyphs.visual("שלום 12 (דוד)"), "numbers as they read, brackets mirrored");
        assertEquals("Anna Müller", Glyphs.visual("Anna Müller"));
    }

    @Test
    void aLetterWithNoBaseInTheFontIsAQuestionMarkAndAControlCharacterASpace() {
        assertEquals("??? Meier", WinAnsi.safe("王小明 Meier"));
        assertEquals("Anna Müller", WinAnsi.safe("Anna\tMüller"));
    }
}
