package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.Purchase;

/** A booked sale and the customer's points balance after it. */
public record SaleResult(Purchase purchase, int balanceAfter) {
}
