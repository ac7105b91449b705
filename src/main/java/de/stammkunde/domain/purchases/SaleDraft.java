package de.stammkunde.domain.purchases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A sale as entered at the counter, before it is booked: the goods total, optional line items, the
 * receipt, how it was paid, and what the customer wants to use — a coupon code ("" for none) and
 * points (0 for none). {@code purchasedAt} null means now.
 */
public record SaleDraft(long customerId, BigDecimal total, List<PurchaseItem> items, String receiptNumber,
        PaymentMethod paymentMethod, LocalDateTime purchasedAt, String couponCode, int pointsToRedeem) {

    public SaleDraft {
        items = items == null ? List.of() : List.copyOf(items);
        receiptNumber = receiptNumber == null ? "" : receiptNumber.strip();
        couponCode = couponCode == null ? "" : couponCode.strip();
        paymentMethod = paymentMethod == null ? PaymentMethod.CASH : paymentMethod;
    }

    public boolean hasCoupon() {
        return !couponCode.isEmpty();
    }
}
