package de.stammkunde.domain.customers;

/** Where a customer stands: a prospect, a buying customer, or one the shop has lost. */
public enum CustomerStatus {
    POTENTIAL, ACTIVE, LOST
}
