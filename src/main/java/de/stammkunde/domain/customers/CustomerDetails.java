package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything about a customer that staff can edit. Text fields are never null: an unknown value is
 * the empty string, so that sorting and comparing behave the same in Java, H2 and PostgreSQL.
 */
public record CustomerDetails(
        Gender gender,
        String firstName,
        String lastName,
        String company,
        String street,
        String postcode,
        String city,
        String country,
        String phone,
        String mobile,
        String email,
        LocalDate birthDate,
        String occupation,
        String notes,
        CustomerStatus status,
        List<String> tags,
        Map<ConsentChannel, Consent> consents) {

    public static final String DEFAULT_COUNTRY = "DE";

    public CustomerDetails {
        gender = gender == null ? Gender.UNKNOWN : gender;
        firstName = clean(firstName);
        lastName = clean(lastName);
        company = clean(company);
        street = clean(street);
        postcode = clean(postcode);
        city = clean(city);
        country = country == null || country.isBlank() ? DEFAULT_COUNTRY : country.strip().toUpperCase(Locale.ROOT);
        phone = clean(phone);
        mobile = clean(mobile);
        email = clean(email);
        occupation = clean(occupation);
        notes = notes == null ? "" : Text.withoutNul(notes).strip();
        status = status == null ? CustomerStatus.POTENTIAL : status;
        tags = Tags.normalise(tags);
        consents = consents == null || consents.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(consents));
    }

    private static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return Text.collapseSpaces(Text.withoutNul(value).strip());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** "Müller, Anna", or the company when the customer is a business without a contact name. */
    public String displayName() {
        return DisplayNames.of(firstName, lastName, company);
    }

    public boolean hasConsent(ConsentChannel channel) {
        Consent consent = consents.get(channel);
        return consent != null && consent.granted();
    }

    /** Mutable helper for the import and the merge, which fill a customer field by field. */
    public static final class Builder {
        private Gender gender = Gender.UNKNOWN;
        private String firstName = "";
        private String lastName = "";
        private String company = "";
        private String street = "";
        private String postcode = "";
        private String city = "";
        private String country = DEFAULT_COUNTRY;
        private String phone = "";
        private String mobile = "";
        private String email = "";
        private LocalDate birthDate;
        private String occupation = "";
        private String notes = "";
        private CustomerStatus status = CustomerStatus.POTENTIAL;
        private List<String> tags = new ArrayList<>();
        private Map<ConsentChannel, Consent> consents = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CustomerDetails d) {
            gender = d.gender;
            firstName = d.firstName;
            lastName = d.lastName;
            company = d.company;
            street = d.street;
            postcode = d.postcode;
            city = d.city;
            country = d.country;
            phone = d.phone;
            mobile = d.mobile;
            email = d.email;
            birthDate = d.birthDate;
            occupation = d.occupation;
            notes = d.notes;
            status = d.status;
            tags = new ArrayList<>(d.tags);
            consents = new LinkedHashMap<>(d.consents);
        }

        public Builder gender(Gender v) { gender = v; return this; }
        public Builder firstName(String v) { firstName = v; return this; }
        public Builder lastName(String v) { lastName = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder street(String v) { street = v; return this; }
        public Builder postcode(String v) { postcode = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder mobile(String v) { mobile = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder occupation(String v) { occupation = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder status(CustomerStatus v) { status = v; return this; }
        public Builder tags(List<String> v) { tags = new ArrayList<>(v); return this; }
        public Builder addTags(List<String> v) { tags.addAll(v); return this; }

        public Builder consent(ConsentChannel channel, Consent consent) {
            if (consent == null) {
                consents.remove(channel);
            } else {
                consents.put(channel, consent);
            }
            return this;
        }

        public Builder consents(Map<ConsentChannel, Consent> v) {
            consents = new LinkedHashMap<>(v);
            return this;
        }

        public CustomerDetails build() {
            return new CustomerDetails(gender, firstName, lastName, company, street, postcode, city, country,
                    phone, mobile, email, birthDate, occupation, notes, status, tags, consents);
        }
    }
}
