package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every stored customer follows. The form checks each field as the user types; the
 * service and the import check the whole record again before anything is written.
 */
public final class CustomerRules {

    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /**
     * Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain, a top-level domain of letters.
     * The domain may have umlauts (info@bäckerei-müller.de is a real German address, and was refused);
     * the part before the @ may not, as the big German mail providers do not give such addresses out.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ()/.\\-]+");

    private static final int MAX_NAME = 100;
    /** The longest notes a customer can have (the column's size). */
    public static final int MAX_NOTES = 4000;

    private CustomerRules() {
    }

    public static List<FieldError> validate(CustomerDetails d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        checkName(d.lastName(), d.company()).ifPresent(errors::add);
        checkLength(CustomerField.FIRST_NAME, d.firstName(), MAX_NAME).ifPresent(errors::add);
        checkLength(CustomerField.LAST_NAME, d.lastName(), MAX_NAME).ifPresent(errors::add);
        checkLength(CustomerField.COMPANY, d.company(), 150).ifPresent(errors::add);
        checkLength(CustomerField.STREET, d.street(), 150).ifPresent(errors::add);
        checkLength(CustomerField.CITY, d.city(), MAX_NAME).ifPresent(errors::add);
        checkLength(CustomerField.OCCUPATION, d.occupation(), MAX_NAME).ifPresent(errors::add);
        checkLength(CustomerField.NOTES, d.notes(), MAX_NOTES).ifPresent(errors::add);
        checkEmail(d.email()).ifPresent(errors::add);
        checkPhone(CustomerField.PHONE, d.phone()).ifPresent(errors::add);
        checkPhone(CustomerField.MOBILE, d.mobile()).ifPresent(errors::add);
        checkCountry(d.country()).ifPresent(errors::add);
        checkPostcode(d.country(), d.postcode()).ifPresent(errors::add);
        checkBirthDate(d.birthDate(), today).ifPresent(errors::add);
        checkConsentSources(d).ifPresent(errors::add);
        return errors;
    }

    /**
     * How the shop learned each consent fits its column ({@link Consent#MAX_SOURCE}): a longer one passed
     * every check, and the save failed with the database's "value too long".
     */
    public static Optional<FieldError> checkConsentSources(CustomerDetails d) {
        for (Consent consent : d.consents().values()) {
            if (consent != null && consent.source().length() > Consent.MAX_SOURCE) {
                return Optional.of(FieldError.of(CustomerField.CONSENT, "validation.tooLong", Consent.MAX_SOURCE));
            }
        }
        return Optional.empty();
    }

    /** A customer needs a last name or, for a business, a company name. */
    public static Optional<FieldError> checkName(String lastName, String company) {
        if (blank(lastName) && blank(company)) {
            return Optional.of(FieldError.of(CustomerField.LAST_NAME, "validation.name.required"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkEmail(String email) {
        if (blank(email)) {
            return Optional.empty();
        }
        String value = email.strip();
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            return Optional.of(FieldError.of(CustomerField.EMAIL, "validation.email.invalid"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkPhone(CustomerField field, String phone) {
        if (blank(phone)) {
            return Optional.empty();
        }
        String value = phone.strip();
        if (!PHONE_CHARS.matcher(value).matches()) {
            return Optional.of(FieldError.of(field, "validation.phone.characters"));
        }
        int digits = Text.asciiDigits(value).length();
        if (digits < 3 || digits > 20) {
            return Optional.of(FieldError.of(field, "validation.phone.length"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkPostcode(String country, String postcode) {
        if (blank(postcode)) {
            return Optional.empty();
        }
        String value = postcode.strip();
        if (Countries.isPostcodeInvalid(country, value)) {
            // Names the country checked against: an import without a country column checks German
            // postcodes, and "in this country" left an Austrian 4-digit postcode a riddle.
            return Optional.of(FieldError.of(CustomerField.POSTCODE, "validation.postcode.format." + country));
        }
        if (value.length() > 10) {
            return Optional.of(FieldError.of(CustomerField.POSTCODE, "validation.tooLong", 10));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkCountry(String country) {
        if (country == null || !Text.isTwoLetters(country, 'A', 'Z')) {
            return Optional.of(FieldError.of(CustomerField.COUNTRY, "validation.country.invalid"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkBirthDate(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        if (birthDate.isAfter(today)) {
            return Optional.of(FieldError.of(CustomerField.BIRTH_DATE, "validation.birthDate.future"));
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            return Optional.of(FieldError.of(CustomerField.BIRTH_DATE, "validation.birthDate.tooEarly"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkLength(CustomerField field, String value, int max) {
        if (value != null && value.length() > max) {
            return Optional.of(FieldError.of(field, "validation.tooLong", max));
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
