package de.stammkunde.domain.loyalty;

import java.time.LocalDateTime;

/**
 * A ledger row as the points screen shows it: the entry and the purchase it belongs to, told by its
 * receipt number and date (for a refund's reversal, the refunded purchase's date). Both null without a
 * purchase; the receipt number is blank when the purchase had none. {@code refundReason} is what the
 * staff gave for the refund a reversal belongs to, blank for every other row.
 */
public record PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt, String refundReason) {

    public PointsLine {
        refundReason = refundReason == null ? "" : refundReason.strip();
    }

    /** A row that is no refund's reversal. */
    public PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt) {
        this(entry, receiptNumber, purchasedAt, "");
    }

    public boolean hasPurchase() {
        return purchasedAt != null;
    }
}
