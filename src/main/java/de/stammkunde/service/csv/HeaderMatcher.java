package de.stammkunde.service.csv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the column a file's header names, ignoring case, spaces, punctuation and umlaut spelling
 * ("Kunden-Nr." = "kundennr"); the automatic mapping of every import.
 */
public final class HeaderMatcher<C extends ImportColumn> {

    private final Map<String, C> byAlias = new HashMap<>();

    public HeaderMatcher(C[] columns) {
        for (C column : columns) {
            for (String alias : column.aliases()) {
                byAlias.putIfAbsent(normalise(alias), column);
            }
        }
    }

    public Optional<C> forHeader(String header) {
        return Optional.ofNullable(byAlias.get(normalise(header)));
    }

    /** Maps each header to a column ({@code null}: ignored); a column is used once, by the first header naming it. */
    public List<C> autoMap(List<String> headers) {
        Set<C> used = new HashSet<>();
        return headers.stream().map(h -> forHeader(h).filter(c -> c.importable() && used.add(c)).orElse(null))
                .toList();
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.strip().toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
