package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer's current answer for one marketing channel: granted or withdrawn, on which day and
 * how the shop learned it (e.g. "Formular im Laden"), as the law asks the shop to be able to show.
 */
public record Consent(boolean granted, LocalDate date, String source) {

    /** The longest source the database keeps ({@code customer_consent.source}). */
    public static final int MAX_SOURCE = 200;

    public Consent {
        Objects.requireNonNull(date, "date");
        source = source == null ? "" : Text.withoutNul(source).strip();
    }

    /** The later of two answers wins; on the same day a withdrawal wins, which is the safe side. */
    public static Consent latest(Consent a, Consent b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int byDate = a.date.compareTo(b.date);
        if (byDate != 0) {
            return byDate > 0 ? a : b;
        }
        return a.granted ? b : a;
    }
}
