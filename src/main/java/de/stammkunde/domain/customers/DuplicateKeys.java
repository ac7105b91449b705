package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which a customer can be found again: "same e-mail, same phone digits, or same
 * name with the same birth date or postcode". Two customers sharing any key are duplicates.
 */
public final class DuplicateKeys {

    /** A phone number with fewer digits (a typo, an extension) is too weak to call two people the same. */
    private static final int MIN_PHONE_DIGITS = 6;

    private DuplicateKeys() {
    }

    public record Key(DuplicateReason reason, String value) {
    }

    public static List<Key> of(String number, CustomerDetails d) {
        List<Key> keys = new ArrayList<>(6);
        if (number != null && !number.isEmpty()) {
            keys.add(new Key(DuplicateReason.NUMBER, number));
        }
        String email = Text.emailKey(d.email());
        if (!email.isEmpty()) {
            keys.add(new Key(DuplicateReason.EMAIL, email));
        }
        addPhone(keys, Text.phoneDigits(d.phone()));
        addPhone(keys, Text.phoneDigits(d.mobile()));
        String name = SearchKeys.nameKey(d);
        if (!name.isEmpty() && d.birthDate() != null) {
            keys.add(new Key(DuplicateReason.NAME_AND_BIRTH_DATE, nameAndBirthDate(name, d.birthDate())));
        }
        if (!name.isEmpty() && !d.postcode().isEmpty()) {
            keys.add(new Key(DuplicateReason.NAME_AND_POSTCODE, nameAndPostcode(name, d.postcode())));
        }
        return keys;
    }

    public static String nameAndBirthDate(String nameKey, LocalDate birthDate) {
        return nameKey + "|" + birthDate;
    }

    public static String nameAndPostcode(String nameKey, String postcode) {
        return nameKey + "|" + postcode;
    }

    public static boolean isUsablePhone(String digits) {
        return digits.length() >= MIN_PHONE_DIGITS;
    }

    private static void addPhone(List<Key> keys, String digits) {
        if (isUsablePhone(digits)) {
            keys.add(new Key(DuplicateReason.PHONE, digits));
        }
    }
}
