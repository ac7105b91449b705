package de.stammkunde.service.purchases;

import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.service.coupons.CouponService;
import java.util.Optional;

/**
 * A booked refund: its own purchase row, the net points change, the balance after it, how many of the
 * redeemed points given back expired at once (their date had passed meanwhile), and what became of the
 * sale's coupon (empty without one).
 */
public record RefundResult(Purchase refund, int pointsChange, int balanceAfter, int pointsLapsed,
        Optional<CouponService.Released> coupon) {
}
