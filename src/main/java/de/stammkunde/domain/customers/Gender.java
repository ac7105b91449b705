package de.stammkunde.domain.customers;

/** Gender as recorded by the shop; {@link #UNKNOWN} when nobody asked. */
public enum Gender {
    UNKNOWN, FEMALE, MALE, DIVERSE
}
