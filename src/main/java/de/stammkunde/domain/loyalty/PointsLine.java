package de.stammkunde.domain.loyalty;

import java.time.LocalDateTime;

/**
 * A ledger row as the points screen shows it: the entry and the purchase it belongs to, told by its
 * receipt number and date (for a refund's reversal, the refunded purchase's date). Both null without a
 * purchase; the receipt number is blank when the purchase had none. {@code refundReason} is what the
 * staff gave for the refund a reversal belongs to, blank for every other row. {@code backInLots}: a refund's
 * row that gave redeemed points back into the rows (lots) they had been taken from; it is no lot of its own, so
 * its remaining (0) says nothing: what is left of those points shows in their own rows.
 */
public record PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt, String refundReason,
        boolean backInLots) {

    public PointsLine {
        refundReason = refundReason == null ? "" : refundReason.strip();
    }

    /** A row that is no refund's reversal. */
    public PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt) {
        this(entry, receiptNumber, purchasedAt, "");
    }

    /** A row that gave no points back into other rows. */
    public PointsLine(PointsEntry entry, String receiptNumber, LocalDateTime purchasedAt, String refundReason) {
        this(entry, receiptNumber, purchasedAt, refundReason, false);
    }

    public boolean hasPurchase() {
        return purchasedAt != null;
    }
}
