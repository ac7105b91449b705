package de.stammkunde.service.printing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** One character as a reader sees it (an extended grapheme cluster). */
    private static final Pattern CHARACTER = Pattern.compile("\\X");

    private Glyphs() {
    }

    /**
     * Where each character as a reader sees it ends: a letter with its accents, a flag, an emoji
     * family, so that text is never cut inside one (Java 17's BreakIterator splits the last two,
     * the regular expression's {@code \X} does not).
     */
    static List<Integer> characterEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher matcher = CHARACTER.matcher(text);
        while (matcher.find()) {
            ends.add(matcher.end());
        }
        return ends;
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
