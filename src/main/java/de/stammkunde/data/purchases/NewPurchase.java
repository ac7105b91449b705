package de.stammkunde.data.purchases;

import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseSource;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A purchase row to insert; discounts, points and coupon are filled in by the sale afterwards. */
public record NewPurchase(long customerId, PurchaseKind kind, LocalDateTime purchasedAt, String receiptNumber,
        BigDecimal total, BigDecimal paid, PaymentMethod paymentMethod, Long refundOfId, String note,
        PurchaseSource source, String createdBy, LocalDateTime createdAt, List<PurchaseItem> items) {

    public NewPurchase {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
