package de.stammkunde.domain.customers;

/** The fields of a customer that rules can complain about. */
public enum CustomerField {
    GENDER, FIRST_NAME, LAST_NAME, COMPANY, STREET, POSTCODE, CITY, COUNTRY, PHONE, MOBILE, EMAIL,
    BIRTH_DATE, OCCUPATION, NOTES, STATUS, TAGS, CONSENT
}
