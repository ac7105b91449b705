package de.stammkunde.domain.coupons;

/** Every answer the counter can give to a scanned or typed coupon code. */
public enum CouponOutcome {
    VALID,
    EXPIRED,
    NOT_YET_VALID,
    ALREADY_USED,
    LIMIT_REACHED,
    OTHER_CUSTOMER,
    MINIMUM_NOT_REACHED,
    UNKNOWN,
    MISTYPED;

    public boolean isValid() {
        return this == VALID;
    }
}
