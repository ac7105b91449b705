package de.stammkunde.domain.purchases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored sale or refund. {@code total} is the goods; {@code paid} is what was left after the
 * coupon and points discounts. A refund has negated amounts and {@code refundOfId}.
 */
public record Purchase(
        long id,
        long customerId,
        PurchaseKind kind,
        LocalDateTime purchasedAt,
        String receiptNumber,
        BigDecimal total,
        BigDecimal couponDiscount,
        BigDecimal pointsDiscount,
        BigDecimal paid,
        PaymentMethod paymentMethod,
        int pointsEarned,
        int pointsRedeemed,
        Long couponId,
        String couponCode,
        String freeItem,
        Long refundOfId,
        Long refundedById,
        String note,
        PurchaseSource source,
        String createdBy,
        List<PurchaseItem> items) {

    public Purchase {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isRefund() {
        return kind == PurchaseKind.REFUND;
    }

    public boolean isRefunded() {
        return refundedById != null;
    }
}
