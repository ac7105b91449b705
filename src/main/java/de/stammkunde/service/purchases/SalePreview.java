package de.stammkunde.service.purchases;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.purchases.SaleProblem;
import de.stammkunde.service.loyalty.PointsRefusedException;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a sale would come to, before it is confirmed: the coupon's answer (null without a code), the
 * discounts, what is left to pay, the points it earns, why the points cannot be used (null if they
 * can), the balance, the most points this purchase could take after its coupon (0 if fewer than
 * the minimum) and the owner's minimum to redeem at once (for the message that says how many).
 * {@code lapsedAfterMonths} is the rules' expiry in months when the points earned expire at once (a sale
 * entered afterwards, older than that), else 0.
 */
public record SalePreview(List<SaleProblem> problems, CouponCheck coupon, BigDecimal couponDiscount,
        BigDecimal pointsDiscount, BigDecimal payable, int pointsToEarn, int lapsedAfterMonths,
        PointsRefusedException.Reason pointsProblem, int balance, int maxRedeemable, int minimumRedeem) {

    public boolean canConfirm() {
        return problems.isEmpty() && (coupon == null || coupon.isValid()) && pointsProblem == null;
    }
}
