package de.stammkunde.domain.customers;

/** Why two customers might be the same person. */
public enum DuplicateReason {
    NUMBER, EMAIL, PHONE, NAME_AND_BIRTH_DATE, NAME_AND_POSTCODE
}
