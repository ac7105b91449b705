package de.stammkunde.service.printing;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Text for a font that lacks some characters, so that nothing is printed as a box: a letter the
 * font lacks is written without its accent where the font has the base letter ("Ł" → "L"), a
 * picture character (an emoji, a skin tone, the joiners between them) is left out, and anything
 * else becomes "?".
 */
final class Glyphs {

    /** Letters whose base letter Unicode decomposition does not give. */
    private static final Map<Integer, String> SPECIAL = Map.of((int) 'Ł', "L", (int) 'ł', "l", (int) 'Đ', "D",
            (int) 'đ', "d", (int) 'ı', "i", (int) 'Ħ', "H", (int) 'ħ', "h");

    private Glyphs() {
    }

    /** The text with only characters the font has ({@code has}); control characters become spaces. */
    static String printable(String text, IntPredicate has) {
        if (text == null) {
            return "";
        }
        if (text.codePoints().allMatch(cp -> has.test(cp) && !Character.isISOControl(cp))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean dropped = false;
        for (int cp : text.codePoints().toArray()) {
            String s = printable(cp, has);
            dropped |= s.isEmpty();
            out.append(s);
        }
        // "Anna 😀 Müller" without its emoji is "Anna Müller", not "Anna  Müller".
        return dropped ? out.toString().replaceAll(" {2,}", " ").strip() : out.toString();
    }

    private static String printable(int codePoint, IntPredicate has) {
        if (Character.isISOControl(codePoint)) {
            return " ";
        }
        if (has.test(codePoint)) {
            return new String(Character.toChars(codePoint));
        }
        String special = SPECIAL.get(codePoint);
        if (special != null) {
            return special;
        }
        String base = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (!base.isEmpty() && base.codePoints().allMatch(has)) {
            return base;
        }
        return switch (Character.getType(codePoint)) {
            case Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.FORMAT, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.PRIVATE_USE, Character.UNASSIGNED -> "";
            default -> "?";
        };
    }
}
