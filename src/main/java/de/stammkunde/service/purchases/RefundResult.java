package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.Purchase;

/**
 * A booked refund: its own purchase row, the net points change, the balance after it, and how many of
 * the redeemed points given back expired at once (their date had passed meanwhile).
 */
public record RefundResult(Purchase refund, int pointsChange, int balanceAfter, int pointsLapsed) {
}
