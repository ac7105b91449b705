package de.stammkunde.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats german = new Formats(Locale.GERMANY);
    private final Formats english = new Formats(Locale.UK);

    @Test
    void theEuroSignStandsWhereTheLanguageWritesIt() {
        assertEquals("12,50 €", german.money(new BigDecimal("12.5")).replace('\u00a0', ' '));
        assertEquals(false, german.euroFirst());
        assertEquals("€12.50", english.money(new BigDecimal("12.5")));
        assertEquals(true, english.euroFirst());
    }

    @Test
    void negativeAmountsAndPointsHaveTheMinusSignOfTheTexts() {
        assertEquals("\u22125,00 €", german.money(new BigDecimal("-5")).replace('\u00a0', ' '));
        assertEquals("\u2212€5.00", english.money(new BigDecimal("-5")));
        assertEquals("\u22121,234", english.signed(-1234));
        assertEquals("+20", english.signed(20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,50|12.50", "12|12.00", "1.234,5|1234.50", "12.50|12.50", "€ 3,99|3.99",
            "3,99 €|3.99", " 7 |7.00", "-2,00|-2.00"})
    void germanAmountsAreReadAsTypedAtTheCounter(String typed, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), german.parseMoney(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.50|12.50", "1,234.50|1234.50", "12,50|12.50", "£ 3|3.00"})
    void englishAmountsAreReadAsTyped(String typed, String expected) {
        if (typed.startsWith("£")) {
            assertEquals(Optional.empty(), english.parseMoney(typed), "only euro amounts");
            return;
        }
        assertEquals(Optional.of(new BigDecimal(expected)), english.parseMoney(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1000|1000", "1.000|1000", "12.345.678|12345678", "+1.000|1000",
            "-20|-20", "\u221220|-20", " 50 |50", "1 000|1000"})
    void germanWholeNumbersAreReadWithTheirThousandsGroups(String typed, int expected) {
        // "1.000" was refused although balances read "1.234 Punkte"
        assertEquals(Optional.of(expected), german.parseWholeNumber(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,000|1000", "+1,000|1000", "1000|1000"})
    void englishWholeNumbersAreReadWithTheirThousandsGroups(String typed, int expected) {
        assertEquals(Optional.of(expected), english.parseWholeNumber(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", "1,000", "1.5", "10.00", "1.0000", "1..000", "+-5", "99999999999"})
    void decimalsAndWrongGroupsAreNoWholeNumberInGerman(String typed) {
        assertEquals(Optional.empty(), german.parseWholeNumber(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000", "1.5", "1,5", "1,00"})
    void decimalsAndWrongGroupsAreNoWholeNumberInEnglish(String typed) {
        assertEquals(Optional.empty(), english.parseWholeNumber(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12,5,0", "1.2.3", "12,505", "12 50 x", "1.23,45"})
    void anythingElseIsNoAmount(String typed) {
        assertEquals(Optional.empty(), german.parseMoney(typed));
    }

    @Test
    void amountsAreShownInEuroInTheLocalesWay() {
        assertEquals("12,50 €", german.money(new BigDecimal("12.5")).replace('\u00a0', ' '));
        assertEquals("€12.50", english.money(new BigDecimal("12.5")));
        assertEquals("1.234,50", german.amount(new BigDecimal("1234.5")));
    }

    @Test
    void countsAndPointsAreGroupedTheLocalesWay() {
        assertEquals("1.234", german.count(1234));
        assertEquals("1,234", english.count(1234));
        assertEquals("+1.000", german.signed(1000));
        assertEquals("\u221220", german.signed(-20));
        assertEquals("0", english.signed(0));
    }

    @Test
    void dayAndMonthLeaveTheYearOut() {
        assertEquals("04.11.", german.dayAndMonth(java.time.LocalDate.of(2026, 11, 4)));
        assertEquals("4 Nov", english.dayAndMonth(java.time.LocalDate.of(2026, 11, 4)));
    }
}
