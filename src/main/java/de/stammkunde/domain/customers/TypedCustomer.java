package de.stammkunde.domain.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a search text that found nobody says about the new customer, so the form opens with it filled
 * in: an e-mail address, a phone number (a German mobile number as mobile), or a name ("Anna Müller",
 * "Müller, Anna", "Hans von der Heide", or one word as the last name). Anything else (a scanned
 * number nobody has, say) gives an empty form.
 */
public final class TypedCustomer {

    /**
     * Name particles: the last name starts with them ("Hans von der Heide"), and they stay lower case
     * when a name typed all in lower case is capitalised.
     */
    private static final Set<String> PARTICLES = Set.of("von", "van", "vom", "zu", "zum", "zur", "de", "der",
            "den", "la", "le", "di", "da", "del", "ten", "ter");

    private TypedCustomer() {
    }

    public static CustomerDetails from(String typed) {
        CustomerDetails.Builder b = CustomerDetails.builder();
        String text = typed == null ? "" : Text.collapseSpaces(typed.strip());
        if (text.isEmpty()) {
            return b.build();
        }
        if (text.indexOf('@') > 0 && text.indexOf(' ') < 0) {
            return b.email(text).build();
        }
        if (text.matches("[+0(][0-9 ()/-]+")) {
            String digits = Text.phoneDigits(text);
            if (digits.length() >= 6 && digits.length() <= 15) {
                return (digits.matches("01[5-7].*") ? b.mobile(text) : b.phone(text)).build();
            }
            return b.build();
        }
        if (!text.matches(".*\\p{L}.*") || text.matches(".*\\d.*")) {
            return b.build();
        }
        return named(b, text).build();
    }

    /** "Müller, Anna", "Anna Müller" or "Hans von der Heide" into first and last name. */
    private static CustomerDetails.Builder named(CustomerDetails.Builder b, String text) {
        boolean lower = text.equals(text.toLowerCase(Locale.GERMAN));
        int comma = text.indexOf(',');
        if (comma >= 0) {
            return b.lastName(name(text.substring(0, comma), lower)).firstName(name(text.substring(comma + 1), lower));
        }
        String[] words = text.split(" ");
        int last = words.length - 1;
        for (int i = 1; i < words.length - 1; i++) {
            if (PARTICLES.contains(words[i].toLowerCase(Locale.GERMAN))) {
                last = i;
                break;
            }
        }
        return b.firstName(name(String.join(" ", List.of(words).subList(0, last)), lower))
                .lastName(name(String.join(" ", List.of(words).subList(last, words.length)), lower));
    }

    /** A part of the name, each word capitalised when everything was typed in lower case. */
    private static String name(String part, boolean lower) {
        String stripped = part.strip();
        if (!lower || stripped.isEmpty()) {
            return stripped;
        }
        List<String> words = new ArrayList<>();
        for (String word : stripped.split(" ")) {
            words.add(PARTICLES.contains(word) ? word : capitalise(word));
        }
        return String.join(" ", words);
    }

    /** "müller-lüdenscheidt" → "Müller-Lüdenscheidt". */
    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }
}
