package de.stammkunde.domain.purchases;

/** How the customer paid what was left after coupon and points. */
public enum PaymentMethod {
    CASH, GIROCARD, CREDIT_CARD, INVOICE, OTHER
}
