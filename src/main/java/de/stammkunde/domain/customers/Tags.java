package de.stammkunde.domain.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interests and preferences as short labels ("Vollkorn", "E-Bike"); compared case-insensitively. */
public final class Tags {

    public static final int MAX_LENGTH = 60;
    /** The width of {@code tag.name_key}: a folded tag can be longer than the tag ("ß" → "ss"). */
    static final int KEY_LENGTH = 80;
    private static final String SEPARATORS = ",;|";

    private Tags() {
    }

    /** Trims, drops blanks and case-insensitive repeats, keeps the first spelling, sorts nothing. */
    public static List<String> normalise(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String clean = Text.collapseSpaces(Text.withoutNul(tag).strip());
            if (clean.length() > MAX_LENGTH) {
                clean = clean.substring(0, MAX_LENGTH).strip();
            }
            if (!clean.isEmpty()) {
                byKey.putIfAbsent(key(clean), clean);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Splits "Kuchen, Vollkorn; Bio | Kaffee" as typed in a form or found in a CSV cell. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return normalise(parts);
    }

    /** The form in which tags are compared and stored uniquely. */
    public static String key(String tag) {
        return Text.cut(Text.fold(tag), KEY_LENGTH);
    }

    public static String join(List<String> tags) {
        return String.join(", ", tags);
    }
}
