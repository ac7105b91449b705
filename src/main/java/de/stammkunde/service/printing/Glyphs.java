package de.stammkunde.service.printing;

import java.text.Bidi;
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

    /**
     * The text in the order it is seen, for a PDF, which sets letters left to right as they come:
     * a Hebrew word turned round (whole characters, a letter keeps its points), the brackets of a
     * right-to-left run mirrored, numbers and Latin words in it left as they read.
     */
    static String visual(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 0 ? run : reversed(run);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        List<Integer> ends = characterEnds(run);
        StringBuilder out = new StringBuilder(run.length());
        for (int i = ends.size() - 1; i >= 0; i--) {
            String character = run.substring(i == 0 ? 0 : ends.get(i - 1), ends.get(i));
            int mirror = "()[]{}<>«»".indexOf(character);
            out.append(mirror < 0 || character.length() != 1 ? character : ")(][}{><»«".charAt(mirror));
        }
        return out.toString();
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
