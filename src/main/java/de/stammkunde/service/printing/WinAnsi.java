package de.stammkunde.service.printing;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * The PDF's standard fonts (Helvetica, Courier) know the WinAnsi characters only: German umlauts
 * and ß are there, Polish or Czech letters are not. Text with other characters is set in an
 * embedded font ({@link PdfSheet.Fonts}); where there is none, it is written as {@link Glyphs}
 * says ("Łukasz Żółć" → "Lukasz Zólc") rather than failing the document.
 */
final class WinAnsi {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private WinAnsi() {
    }

    /** Whether a standard font can show the text as it is. */
    static boolean fits(String text) {
        return text != null && CP1252.newEncoder().canEncode(text) && text.chars().noneMatch(Character::isISOControl);
    }

    static String safe(String text) {
        if (fits(text)) {
            return text;
        }
        CharsetEncoder encoder = CP1252.newEncoder();
        return Glyphs.printable(text, cp -> encoder.canEncode(new String(Character.toChars(cp))));
    }
}
