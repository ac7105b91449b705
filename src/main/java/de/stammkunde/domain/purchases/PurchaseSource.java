package de.stammkunde.domain.purchases;

/** Where a purchase row came from. */
public enum PurchaseSource {
    COUNTER, IMPORT, DEMO
}
