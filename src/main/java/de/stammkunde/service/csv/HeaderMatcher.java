package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the column a file's header names, ignoring case, spaces, punctuation and umlaut spelling
 * ("Kunden-Nr." = "kundennr"); the automatic mapping of every import.
 */
public final class HeaderMatcher<C extends ImportColumn> {

    private final Map<String, C> byAlias = new HashMap<>();
    private final Map<String, C> byFallback = new HashMap<>();

    public HeaderMatcher(C[] columns) {
        for (C column : columns) {
            for (String alias : column.aliases()) {
                byAlias.putIfAbsent(normalise(alias), column);
            }
            for (String alias : column.fallbackAliases()) {
                byFallback.putIfAbsent(normalise(alias), column);
            }
        }
    }

    public Optional<C> forHeader(String header) {
        String key = normalise(header);
        return Optional.ofNullable(byAlias.getOrDefault(key, byFallback.get(key)));
    }

    /**
     * Maps each header to a column ({@code null}: ignored); a column is used once, by the first header
     * naming it, and by a header of its {@link ImportColumn#fallbackAliases} only when none names it.
     */
    public List<C> autoMap(List<String> headers) {
        Set<C> used = new HashSet<>();
        List<C> mapped = new ArrayList<>(Collections.nCopies(headers.size(), null));
        for (Map<String, C> aliases : List.of(byAlias, byFallback)) {
            for (int i = 0; i < headers.size(); i++) {
                C column = aliases.get(normalise(headers.get(i)));
                if (mapped.get(i) == null && column != null && column.importable() && used.add(column)) {
                    mapped.set(i, column);
                }
            }
        }
        return Collections.unmodifiableList(mapped);
    }

    /** Folded as names are ("Straße" → "strasse", also written with a combining mark), letters and digits only. */
    static String normalise(String header) {
        String folded = Text.fold(header);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
