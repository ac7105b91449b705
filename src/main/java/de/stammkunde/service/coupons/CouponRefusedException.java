package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.service.Refusal;

/** A coupon that cannot be redeemed for this purchase; the check says why. */
public final class CouponRefusedException extends RuntimeException implements Refusal {

    private final CouponCheck check;

    public CouponRefusedException(CouponCheck check) {
        super(check.outcome() + " " + check.code());
        this.check = check;
    }

    public CouponCheck check() {
        return check;
    }
}
