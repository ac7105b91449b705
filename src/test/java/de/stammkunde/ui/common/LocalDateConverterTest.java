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
    void aDateWithoutItsYearIsTheOneNearestToToday() {
        // "1.12." typed as valid-from was "please enter a date"
        LocalDateConverter november = new LocalDateConverter(Locale.GERMANY, () -> LocalDate.of(2026, 11, 24));
        assertEquals(LocalDate.of(2026, 12, 1), november.fromString("1.12."));
        assertEquals(LocalDate.of(2026, 11, 1), november.fromString("01.11"), "earlier this month, not next year");
        assertEquals(LocalDate.of(2027, 1, 15), november.fromString("15.1."), "January is next year's");
        assertEquals(LocalDate.of(2028, 2, 29), new LocalDateConverter(Locale.GERMANY,
                () -> LocalDate.of(2027, 12, 1)).fromString("29.2."), "the next one that has it");
        assertNull(november.fromString("31.4."));
        assertNull(november.fromString("1.13."));
        assertEquals(LocalDate.of(2026, 12, 1),
                new LocalDateConverter(Locale.UK, () -> LocalDate.of(2026, 11, 24)).fromString("1/12"));
        assertNull(german.fromString("1.12."), "without today, a date needs its year");
    }

    @Test
    void aTwoDigitYearIsThisCenturyNotTheYear26() {
        // "01.12.26" became 1 Dec 0026: a valid-until typed that way was "before the start".
        assertEquals(LocalDate.of(2026, 12, 1), german.fromString("01.12.26"));
        assertEquals(LocalDate.of(2026, 12, 1), german.fromString("1.12.26"));
        assertEquals(LocalDate.of(2026, 12, 1), new LocalDateConverter(Locale.UK).fromString("1 Dec 26"));
    }

    @Test
    void numbersAsTheCustomerFormTakesThemAreReadToo() {
        LocalDateConverter english = new LocalDateConverter(Locale.UK);
        assertEquals(LocalDate.of(2026, 12, 1), english.fromString("01/12/2026"));
        assertEquals(LocalDate.of(2026, 12, 1), english.fromString("1/12/26"));
        assertEquals(LocalDate.of(2026, 12, 1), english.fromString("1 dec 2026"));
        assertEquals(LocalDate.of(2026, 12, 1), english.fromString("2026-12-01"));
        assertEquals(LocalDate.of(2026, 12, 1), german.fromString("1.12.2026"));
        assertEquals(LocalDate.of(2026, 12, 1), german.fromString("2026-12-01"));
        assertNull(english.fromString("31/02/2026"));
        assertNull(german.fromString("31.2.26"));
    }

    @Test
    void textThatIsNoDateGivesNoneAndADateIsShownInTheUsersFormat() {
        assertNull(german.fromString("abc"));
        assertNull(german.fromString("2026-13-01"));
        assertNull(german.fromString(""));
        assertEquals("24.12.2026", german.toString(LocalDate.of(2026, 12, 24)));
    }
}
