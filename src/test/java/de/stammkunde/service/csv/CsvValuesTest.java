package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void dateTimesAreWrittenAsTheFormatterWritesThem() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime t = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
            assertEquals(CsvValues.DATE_TIME.format(t), CsvValues.dateTime(t));
        }
        assertEquals("2026-01-02 03:04:05", CsvValues.dateTime(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 999)));
        assertEquals("", CsvValues.dateTime(null));
    }

    @Test
    void datesInGermanBritishAndIsoForm() {
        LocalDate may17 = LocalDate.of(1980, 5, 17);
        assertEquals(Optional.of(may17), CsvValues.parseDate("17.05.1980", TODAY));
        assertEquals(Optional.of(may17), CsvValues.parseDate("17.5.1980", TODAY));
        assertEquals(Optional.of(may17), CsvValues.parseDate("1980-05-17", TODAY));
        assertEquals(Optional.of(may17), CsvValues.parseDate("1980-05-17 00:00:00", TODAY));
        assertEquals(Optional.of(may17), CsvValues.parseDate("17.05.80", TODAY));
        assertEquals(Optional.of(LocalDate.of(2012, 3, 1)), CsvValues.parseDate("01.03.12", TODAY));
        // Excel in Ireland or the UK writes the day first with slashes, as the English customer form takes it.
        assertEquals(Optional.of(may17), CsvValues.parseDate("17/05/1980", TODAY));
        assertEquals(Optional.of(may17), CsvValues.parseDate("17/5/80", TODAY));
    }

    @Test
    void badDatesAreNoDates() {
        assertTrue(CsvValues.parseDate("31.02.1980", TODAY).isEmpty());
        assertTrue(CsvValues.parseDate("05/17/1980", TODAY).isEmpty(), "month first (American) is no date");
        assertTrue(CsvValues.parseDate("17/05.1980", TODAY).isEmpty(), "one kind of separator");
        assertTrue(CsvValues.parseDate("gestern", TODAY).isEmpty());
        assertTrue(CsvValues.parseDate("1980-13-01", TODAY).isEmpty());
    }

    @Test
    void aDayTheMonthLacksIsToldFromADateWrittenWrongly() {
        assertTrue(CsvValues.isDayTheMonthLacks("31.02.1980"));
        assertTrue(CsvValues.isDayTheMonthLacks("29.02.23"));
        assertTrue(CsvValues.isDayTheMonthLacks("1981-04-31"));
        assertFalse(CsvValues.isDayTheMonthLacks("29.02.80"), "a leap year's day");
        assertFalse(CsvValues.isDayTheMonthLacks("17.05.1980"));
        assertFalse(CsvValues.isDayTheMonthLacks("05/17/1980"), "month first: written wrongly");
        assertFalse(CsvValues.isDayTheMonthLacks("32.01.1980"));
        assertFalse(CsvValues.isDayTheMonthLacks("gestern"));
    }

    @Test
    void outlooksZeroDateMeansNoDateButOtherBadDatesDoNot() {
        assertTrue(CsvValues.isNoDate("0.0.00"));
        assertTrue(CsvValues.isNoDate(" 00.00.0000 "));
        assertTrue(CsvValues.isNoDate("0/0/00"));
        assertFalse(CsvValues.isNoDate("0.0.1980"));
        assertFalse(CsvValues.isNoDate("0/0.00"));
        assertFalse(CsvValues.isNoDate("31.02.1980"));
    }

    @Test
    void genderAndStatusInEitherLanguage() {
        CsvValues values = new CsvValues(new Messages(Locale.GERMAN));
        assertEquals(Gender.FEMALE, values.parseGender("Frau").orElseThrow());
        assertEquals(Gender.FEMALE, values.parseGender("Ms").orElseThrow());
        assertEquals(Gender.MALE, values.parseGender("herr").orElseThrow());
        assertEquals(Gender.UNKNOWN, values.parseGender("keine Angabe").orElseThrow());
        assertEquals(Gender.UNKNOWN, values.parseGender("Nicht angegeben").orElseThrow(), "Outlook");
        assertEquals(Gender.UNKNOWN, values.parseGender("Unspecified").orElseThrow(), "Outlook");
        assertTrue(values.parseGender("Dr.").isEmpty());
        assertEquals(CustomerStatus.ACTIVE, values.parseStatus("Aktiv").orElseThrow());
        assertEquals(CustomerStatus.LOST, values.parseStatus("lost").orElseThrow());
        assertEquals(CustomerStatus.POTENTIAL, values.parseStatus("Interessent").orElseThrow());
        assertTrue(values.parseStatus("VIP").isEmpty());
    }

    @Test
    void theEnglishTitleForDiverseIsMxAndTheOldWordStillReads() {
        CsvValues english = new CsvValues(new Messages(Locale.ENGLISH));
        assertEquals("Mx", english.gender(Gender.DIVERSE));
        assertEquals(Gender.DIVERSE, english.parseGender("Mx").orElseThrow());
        assertEquals(Gender.DIVERSE, english.parseGender("Diverse").orElseThrow(), "files exported before");
    }

    @Test
    void exportWordsAreInTheUsersLanguage() {
        CsvValues german = new CsvValues(new Messages(Locale.GERMAN));
        CsvValues english = new CsvValues(new Messages(Locale.ENGLISH));
        Consent consent = new Consent(true, LocalDate.of(2024, 5, 1), "Formular");
        assertEquals("ja 2024-05-01 Formular", german.consent(consent));
        assertEquals("yes 2024-05-01 Formular", english.consent(consent));
        assertEquals("Frau", german.gender(Gender.FEMALE));
        assertEquals("", german.gender(Gender.UNKNOWN));
    }

    @Test
    void consentCellsWithAndWithoutDateAndSource() {
        assertEquals(new Consent(true, LocalDate.of(2024, 5, 1), "Formular im Laden"),
                CsvValues.parseConsent("ja 2024-05-01 Formular im Laden", TODAY, "Import").orElseThrow());
        assertEquals(new Consent(false, LocalDate.of(2024, 5, 1), "Import"),
                CsvValues.parseConsent("nein 01.05.2024", TODAY, "Import").orElseThrow());
        assertEquals(new Consent(true, LocalDate.of(2024, 5, 1), "shop"),
                CsvValues.parseConsent("yes 01/05/2024 shop", TODAY, "Import").orElseThrow());
        assertEquals(new Consent(true, TODAY, "Import"), CsvValues.parseConsent("x", TODAY, "Import").orElseThrow());
        assertFalse(CsvValues.parseConsent("vielleicht", TODAY, "Import").isPresent());
        assertFalse(CsvValues.parseConsent("ja 2030-01-01", TODAY, "Import").isPresent(), "a consent from the future");
    }
}
