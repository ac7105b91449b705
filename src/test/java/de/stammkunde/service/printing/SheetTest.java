package de.stammkunde.service.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import de.stammkunde.service.printing.Sheet.Face;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetTest {

    /** Every character is as wide as the text size: easy to count. */
    private static final Sheet MONO = new Mono();

    /** Every character is as wide as the text size; counts how often a text is measured. */
    private static final class Mono implements Sheet {
        int measured;

        @Override
        public Sheet at(float x, float y) {
            return this;
        }

        @Override
        public float textWidth(String text, Face face, float size) {
            measured++;
            return text.codePointCount(0, text.length()) * size;
        }

        @Override
        public void text(String text, float x, float y, Face face, float size, float gray) {
        }

        @Override
        public void fillRect(float x, float y, float width, float height, float gray) {
        }

        @Override
        public void modules(BitMatrix matrix, float x, float y, float moduleWidth, float moduleHeight) {
        }

        @Override
        public void cutLine(float x1, float y1, float x2, float y2) {
        }
    }

    @Test
    void fitShortensBetweenWholeCharactersNeverBetweenALetterAndItsAccent() {
        // "Zoë" written as e + combining diaeresis: four code points, three letters.
        Sheet.Fitted fitted = MONO.fit("Zoe\u0308 Müller", Face.REGULAR, 1f, 1f, 4f);

        assertEquals("Zo…", fitted.text());
    }

    @Test
    void fitShortensBetweenWholeEmojiFlags() {
        Sheet.Fitted fitted = MONO.fit("Anke 🇩🇪🇵🇱", Face.REGULAR, 1f, 1f, 7f);

        assertEquals("Anke…", fitted.text(), "not half a flag");
    }

    @Test
    void fitShortensAVeryLongTextWithAFewMeasurementsNotOnePerLetter() {
        // A shop name pasted as a whole paragraph is shortened on each of 100,000 coupons.
        Mono mono = new Mono();

        Sheet.Fitted fitted = mono.fit("Bäckerei Groß " + "x".repeat(3986), Face.BOLD, 1f, 1f, 9f);

        assertEquals("Bäckerei…", fitted.text());
        assertTrue(mono.measured < 30, mono.measured + " measurements");
    }

    @Test
    void wrapBreaksBetweenWordsAtTheLargestSizeThatFits() {
        Sheet.Wrapped wrapped = MONO.wrap("Gratis: ein Kaffee mit Kuchen", Face.BOLD, 2f, 1f, 30f, 2);

        assertEquals(List.of("Gratis: ein Kaffee", "mit Kuchen"), wrapped.lines());
        assertEquals(1.5f, wrapped.size());
    }

    @Test
    void wrapShortensTheLastLineVisiblyWhenEvenTheSmallestSizeNeedsMoreLines() {
        Sheet.Wrapped wrapped = MONO.wrap("eins zwei drei vier fünf sechs", Face.BOLD, 1f, 1f, 10f, 2);

        assertEquals(List.of("eins zwei", "drei vier…"), wrapped.lines());
    }

    @Test
    void wrapBreaksAWordWiderThanALineBetweenWholeCharacters() {
        Sheet.Wrapped wrapped = MONO.wrap("Donaudampfschifffahrt AG", Face.BOLD, 1f, 1f, 10f, 3);

        assertEquals(List.of("Donaudampf", "schifffahr", "t AG"), wrapped.lines());
    }
}
