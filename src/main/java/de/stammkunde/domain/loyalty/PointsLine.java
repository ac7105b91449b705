package de.stammkunde.domain.loyalty;

import java.time.LocalDateTime;

/**
 * A ledger row as the points screen shows it: the entry and the purchase it belongs to, told by its
 * receipt number and date (for a refund's reversal, the refunded purchase's date). Both null without a
 * purchase; the receipt number is blank when the purchase had none.
 */
public record PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt) {

    public boolean hasPurchase() {
        return purchasedAt != null;
    }
}
