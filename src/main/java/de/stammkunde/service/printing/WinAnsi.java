package de.stammkunde.service.printing;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * The PDF's standard fonts (Helvetica, Courier) know the WinAnsi characters only: German umlauts
 * and ß are there, Polish or Czech letters are not. Those are written without their accent
 * ("Łukasz Żółć" → "Lukasz Zólc"), and anything else becomes "?" rather than failing the document.
 */
final class WinAnsi {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Letters whose base letter Unicode decomposition does not give. */
    private static final Map<Character, String> SPECIAL = Map.of('Ł', "L", 'ł', "l", 'Đ', "D", 'đ', "d",
            'ı', "i", 'Ħ', "H", 'ħ', "h");

    private WinAnsi() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        CharsetEncoder encoder = CP1252.newEncoder();
        if (encoder.canEncode(text) && text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(safe(cp, encoder)));
        return out.toString();
    }

    private static String safe(int codePoint, CharsetEncoder encoder) {
        if (Character.isISOControl(codePoint)) {
            return " ";
        }
        String s = new String(Character.toChars(codePoint));
        if (encoder.canEncode(s)) {
            return s;
        }
        if (codePoint < 0x10000 && SPECIAL.containsKey((char) codePoint)) {
            return SPECIAL.get((char) codePoint);
        }
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && encoder.canEncode(base) ? base : "?";
    }
}
