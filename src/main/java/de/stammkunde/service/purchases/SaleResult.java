package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.Purchase;

/**
 * A booked sale and the customer's points balance after it; {@code lapsedAfterMonths} is the rules' expiry
 * in months when the points it earned expired at once (entered afterwards, older than that), else 0.
 */
public record SaleResult(Purchase purchase, int balanceAfter, int lapsedAfterMonths) {
}
