package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CouponCheck;

/** A coupon that cannot be redeemed for this purchase; the check says why. */
public final class CouponRefusedException extends RuntimeException {

    private final CouponCheck check;

    public CouponRefusedException(CouponCheck check) {
        super(check.outcome() + " " + check.code());
        this.check = check;
    }

    public CouponCheck check() {
        return check;
    }
}
