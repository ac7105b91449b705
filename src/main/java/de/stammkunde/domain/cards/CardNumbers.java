package de.stammkunde.domain.cards;

import java.util.Locale;

/**
 * Card numbers are EAN-13 codes in a range of our own: GS1 prefix {@code 29} (restricted
 * circulation, for use inside a shop, so no product's GTIN can ever be the same), then a 10-digit
 * running number, then the EAN check digit. Any till scanner reads them out of the box.
 */
public final class CardNumbers {

    /** GS1 "restricted circulation number" prefix: in-store codes that never leave the shop. */
    public static final String PREFIX = "29";
    public static final long MAX_RUNNING_NUMBER = 9_999_999_999L;

    private CardNumbers() {
    }

    /** The card number for a running number 1 … 9,999,999,999. */
    public static String of(long runningNumber) {
        if (runningNumber < 1 || runningNumber > MAX_RUNNING_NUMBER) {
            throw new IllegalArgumentException("Card running number out of range: " + runningNumber);
        }
        String twelve = PREFIX + String.format(Locale.ROOT, "%010d", runningNumber);
        return twelve + checkDigit(twelve);
    }

    /** The EAN-13 check digit of the first 12 digits: weights 1, 3, 1, 3 … from the left, then to the next ten. */
    public static int checkDigit(String twelveDigits) {
        if (twelveDigits == null || !twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("Need 12 digits, got: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Thirteen digits whose last is the right check digit (any prefix: a scanned EAN). */
    public static boolean isValidEan13(String text) {
        return looksLikeCard(text) && checkDigit(text.substring(0, 12)) == text.charAt(12) - '0';
    }

    /** A card number from one of ours (prefix 29 and a valid check digit). */
    public static boolean isOurs(String text) {
        return isValidEan13(text) && text.startsWith(PREFIX);
    }

    /** Typed or scanned text without its spaces (the card prints the number in groups). */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    /** Thirteen digits, nothing else: worth a card lookup (the check digit is not checked here). */
    public static boolean looksLikeCard(String text) {
        return text != null && text.length() == 13 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The number as printed under the bars: {@code 2 900000 000017}. */
    public static String printed(String number) {
        if (!looksLikeCard(number)) {
            return number == null ? "" : number;
        }
        return number.charAt(0) + " " + number.substring(1, 7) + " " + number.substring(7);
    }
}
