package de.stammkunde.domain.coupons;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Coupon codes: 10 random characters and one check character from an alphabet without look-alikes
 * (no 0/O, no 1/I), written {@code ABCD-EFGH-JKL}.
 *
 * <p>The check character is Damm's algorithm over GF(32): the running value {@code r} becomes
 * {@code 2·r + c} (multiplication in GF(2⁵) with x⁵ + x² + 1, addition XOR), and a code is well formed
 * when it ends at 0. That quasigroup is totally anti-symmetric, so every single substitution and every
 * adjacent transposition (the check character included) is caught. Luhn mod 32 would miss one
 * transposition ("2Z" ↔ "Z2", the first and last characters of the alphabet).
 */
public final class CouponCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int RANDOM_LENGTH = 10;
    public static final int LENGTH = RANDOM_LENGTH + 1;

    private static final int REDUCTION = 0b100101; // x^5 + x^2 + 1, primitive over GF(2)
    private static final Pattern HYPHENATED = Pattern.compile("[A-Z0-9]{4}[- ][A-Z0-9]{4}[- ][A-Z0-9]{3}");
    private static final Pattern PLAIN = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private CouponCodes() {
    }

    /**
     * A new well-formed code (normalised, without hyphens); pass one {@link java.security.SecureRandom} for all.
     * It always has a digit and a letter, so the counter's one field never takes it for a name or a
     * customer number (about one code in 25 is drawn again for that).
     */
    public static String generate(Random random) {
        while (true) {
            char[] code = new char[LENGTH];
            int running = 0;
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                int value = random.nextInt(ALPHABET.length());
                code[i] = ALPHABET.charAt(value);
                running = step(running, value);
            }
            code[RANDOM_LENGTH] = ALPHABET.charAt(times2(running));
            String text = new String(code);
            if (looksLikeCode(text)) {
                return text;
            }
        }
    }

    /** The check character for the first ten characters of a code. */
    public static char checkCharacter(String tenCharacters) {
        int running = 0;
        for (int i = 0; i < tenCharacters.length(); i++) {
            running = step(running, value(tenCharacters.charAt(i)));
        }
        return ALPHABET.charAt(times2(running));
    }

    /** Upper case, spaces and hyphens removed: what was typed or scanned, ready to check and look up. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("\u00a0", "");
    }

    /** For print and display: {@code ABCD-EFGH-JKL} (anything else normalised and left as it is). */
    public static String format(String code) {
        String plain = normalise(code);
        if (plain.length() != LENGTH) {
            return plain;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }

    /** Right length, only alphabet characters and the right check character (normalised first). */
    public static boolean isWellFormed(String code) {
        String plain = normalise(code);
        if (plain.length() != LENGTH) {
            return false;
        }
        int running = 0;
        for (int i = 0; i < LENGTH; i++) {
            int value = value(plain.charAt(i));
            if (value < 0) {
                return false;
            }
            running = step(running, value);
        }
        return running == 0;
    }

    /**
     * Whether text typed or scanned at the counter is meant as a coupon code rather than a customer
     * search: the printed shape {@code XXXX-XXXX-XXX}, or eleven alphabet characters with at least one
     * digit and one letter (a name or a customer number never looks like that). A code-shaped text may
     * still be mistyped; {@link #isWellFormed} tells.
     */
    public static boolean looksLikeCode(String text) {
        if (text == null) {
            return false;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (HYPHENATED.matcher(upper).matches()) {
            return true;
        }
        return PLAIN.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)
                && upper.chars().anyMatch(Character::isLetter);
    }

    /**
     * Text that is a coupon code gone wrong rather than something else: code-shaped, or letters and
     * digits within two characters of a code's length (a character dropped or doubled).
     */
    public static boolean looksLikeMistypedCode(String text) {
        String plain = normalise(text);
        return looksLikeCode(text) || plain.matches("[A-Z0-9]{" + (LENGTH - 2) + "," + (LENGTH + 2) + "}")
                && plain.chars().anyMatch(Character::isDigit) && plain.chars().anyMatch(Character::isLetter);
    }

    private static int value(char c) {
        return ALPHABET.indexOf(c);
    }

    private static int step(int running, int value) {
        return times2(running) ^ value;
    }

    private static int times2(int value) {
        int doubled = value << 1;
        return (doubled & 0b100000) != 0 ? doubled ^ REDUCTION : doubled;
    }
}
