package de.stammkunde.domain.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "5901234123457"})
    void checkDigitOfKnownEansIsTheirLastDigit(String ean) {
        assertEquals(ean.charAt(12) - '0', CardNumbers.checkDigit(ean.substring(0, 12)));
    }

    @Test
    void numbersAreAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertEquals("2900000000018", CardNumbers.of(1));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void knownEansAreValid() {
        assertTrue(CardNumbers.isValidEan13("4006381333931"));
        assertTrue(CardNumbers.isValidEan13("5901234123457"));
    }

    @Test
    void oneMistypedDigitMakesTheNumberInvalid() {
        assertFalse(CardNumbers.isValidEan13("4006381333932"));
        assertFalse(CardNumbers.isValidEan13("4006381383931"));
    }

    @Test
    void generatedNumbersAreValidEansStartingWith29() {
        for (long n : new long[] {1, 2, 9, 10, 12345, 999_999_999L, CardNumbers.MAX_RUNNING_NUMBER}) {
            String number = CardNumbers.of(n);
            assertEquals(13, number.length(), number);
            assertTrue(number.startsWith("29"), number);
            assertTrue(CardNumbers.isValidEan13(number), number);
            assertTrue(CardNumbers.isOurs(number), number);
        }
    }

    @Test
    void firstCardNumberIsTheRunningNumberOneWithItsCheckDigit() {
        assertEquals("2900000000018", CardNumbers.of(1));
    }

    @Test
    void runningNumberOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.of(0));
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.of(CardNumbers.MAX_RUNNING_NUMBER + 1));
    }

    @Test
    void productEanIsValidButNotOneOfOurCards() {
        assertFalse(CardNumbers.isOurs("4006381333931"));
    }

    @Test
    void normaliseRemovesTheSpacesOfThePrintedNumber() {
        assertEquals("2900000000018", CardNumbers.normalise(" 2 900000 000018 "));
        assertEquals("", CardNumbers.normalise(null));
    }

    @Test
    void printedNumberIsGroupedLikeUnderTheBars() {
        assertEquals("2 900000 000018", CardNumbers.printed("2900000000018"));
    }

    @Test
    void onlyThirteenDigitsLookLikeACard() {
        assertTrue(CardNumbers.looksLikeCard("2900000000018"));
        assertFalse(CardNumbers.looksLikeCard("290000000001"));
        assertFalse(CardNumbers.looksLikeCard("29000000000185"));
        assertFalse(CardNumbers.looksLikeCard("29000000000A5"));
        assertFalse(CardNumbers.looksLikeCard("Müller"));
        assertFalse(CardNumbers.looksLikeCard(null));
    }

    @Test
    void checkDigitNeedsTwelveDigits() {
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.checkDigit("12345"));
    }
}
