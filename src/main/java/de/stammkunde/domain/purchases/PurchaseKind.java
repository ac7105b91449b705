package de.stammkunde.domain.purchases;

/** A sale, or the refund of one (its own row with negated amounts, never a deletion). */
public enum PurchaseKind {
    SALE, REFUND
}
