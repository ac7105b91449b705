package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Checking and redeeming coupon codes. {@link #check} only reads; {@link #redeem} and
 * {@link #release} run inside the sale's or refund's transaction.
 */
public final class CouponService implements MergeParticipant {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;

    public CouponService(Jdbi jdbi, Clock clock, Workplace workplace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
    }

    /**
     * What the counter would say to {@code code} for this customer (null: none chosen yet) and a
     * purchase of {@code total} (null: amount not known yet, the minimum is not checked).
     */
    public CouponCheck check(String code, Long customerId, BigDecimal total) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /**
     * Redeems the code for the purchase; throws {@link CouponRefusedException} (nothing booked) when the
     * check is not VALID, including when another counter redeemed it a moment earlier.
     */
    public CouponCheck redeem(Handle h, String code, long customerId, long purchaseId, BigDecimal total,
            LocalDateTime at) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** A refund of {@code purchaseId}: frees its coupon again (if the coupon is still valid today). */
    public void release(Handle h, long purchaseId, long refundPurchaseId, LocalDateTime at) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    @Override
    public java.util.Set<String> columns() {
        return java.util.Set.of("coupon.customer_id", "coupon_redemption.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }
}
