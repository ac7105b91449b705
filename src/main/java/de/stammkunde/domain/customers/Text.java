package de.stammkunde.domain.customers;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalised forms of names, e-mail addresses and phone numbers. Search and duplicate detection
 * compare these forms, so "Müller", "MUELLER" and "müller " are the same name and
 * "+49 171 2345678" and "0171/2345678" the same number.
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case, German umlauts spelled out (ä → ae, ß → ss), other accents off (ş → s, ı → i, ł → l). */
    public static String fold(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String lower = value.strip().toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                // Letters that are no base letter plus a mark, so NFD below leaves them: the Turkish
                // dotless ı (Yıldız), the Polish ł (Łukasz), ø, đ, æ, œ. Migration V6 re-keys rows.
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ' -> out.append('d');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                default -> {
                    if (c == '\u0308' && i > 0 && "aou".indexOf(lower.charAt(i - 1)) >= 0) {
                        // "Mu\u0308ller" as a Mac may write "Müller": folded as "muller", not found by "Müller"
                        return fold(Normalizer.normalize(lower, Normalizer.Form.NFC));
                    }
                    if (c > 127) {
                        ascii = false;
                    }
                    out.append(c);
                }
            }
        }
        String folded = out.toString();
        if (!ascii) {
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        }
        return collapseSpaces(folded);
    }

    /**
     * Each run of white space as one space, what {@code replaceAll("\\s+", " ")} gives; a value
     * with nothing to collapse (nearly every one) comes back as it is, without a regex.
     */
    public static String collapseSpaces(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < value.length() && value.charAt(i + 1) == ' '))) {
                return SPACES.matcher(value).replaceAll(" ");
            }
        }
        return value;
    }

    /**
     * The digits of a phone number in national form: "+49 (0)171 234-5678" → "01712345678".
     * German, Austrian and Swiss numbers in international form become national ones.
     */
    public static String phoneDigits(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String trimmed = phone.strip();
        String digits = asciiDigits(trimmed.replace("(0)", ""));
        if (trimmed.startsWith("+")) {
            digits = "00" + digits;
        }
        for (String prefix : new String[] {"0049", "0043", "0041"}) {
            if (digits.startsWith(prefix)) {
                return "0" + digits.substring(prefix.length());
            }
        }
        return digits;
    }

    /** The digits 0–9 of a value, in order (what {@code replaceAll("\\D", "")} gives, without a regex per call). */
    static String asciiDigits(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** Exactly two letters between {@code first} and {@code last}: a country code, "de" or "DE". */
    static boolean isTwoLetters(String value, char first, char last) {
        return value.length() == 2 && value.charAt(0) >= first && value.charAt(0) <= last
                && value.charAt(1) >= first && value.charAt(1) <= last;
    }

    /**
     * The value's first {@code max} characters (fewer where the last would be half of a pair, as an
     * emoji is): what fits a column. A folded name can be longer than the name ("Ä" → "ae").
     */
    public static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * The value without NUL characters: no text has one, but a scanner or a paste can type it, and the
     * database keeps none. A last name of only a NUL passed "a last name is needed" and was stored empty.
     */
    public static String withoutNul(String value) {
        return value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    public static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isDigits(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
