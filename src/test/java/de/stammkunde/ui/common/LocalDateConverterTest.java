package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalDateConverterTest {

    private final LocalDateConverter german = new LocalDateConverter(Locale.GERMANY);

    @Test
    void aDayTheMonthDoesNotHaveIsNoDate() {
        // The coupon form turned 31.02.2026 into 28.02.2026 without a word.
        assertNull(german.fromString("31.02.2026"));
        assertNull(german.fromString("31.06.2027"));
        assertNull(new LocalDateConverter(Locale.UK).fromString("31 Feb 2026"));
    }

    @Test
    void realDatesInTheUsersFormatAreRead() {
        assertEquals(LocalDate.of(2026, 12, 24), german.fromString(" 24.12.2026 "));
        assertEquals(LocalDate.of(2028, 2, 29), german.fromString("29.02.2028"));
        assertEquals(LocalDate.of(2026, 12, 24), new LocalDateConverter(Locale.UK).fromString("24 Dec 2026"));
        assertEquals(LocalDate.of(2026, 12, 24), new LocalDateConverter(Locale.US).fromString("Dec 24, 2026"));
    }

    @Test
    void textThatIsNoDateGivesNoneAndADateIsShownInTheUsersFormat() {
        assertNull(german.fromString("abc"));
        assertNull(german.fromString("2026-13-01"));
        assertNull(german.fromString(""));
        assertEquals("24.12.2026", german.toString(LocalDate.of(2026, 12, 24)));
    }
}
