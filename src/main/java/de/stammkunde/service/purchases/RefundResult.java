package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.Purchase;

/** A booked refund: its own purchase row, the net points change and the balance after it. */
public record RefundResult(Purchase refund, int pointsChange, int balanceAfter) {
}
