package de.stammkunde.service.coupons;

import de.stammkunde.data.coupons.CampaignDao;
import de.stammkunde.data.coupons.CouponDao;
import de.stammkunde.data.coupons.Redemption;
import de.stammkunde.data.coupons.StoredCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.CouponOutcome;
import de.stammkunde.domain.coupons.CustomerCoupon;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
     * A mistyped code is answered without asking the database.
     */
    public CouponCheck check(String code, Long customerId, BigDecimal total) {
        return check(code, customerId, total, LocalDate.now(clock));
    }

    /** As {@link #check(String, Long, BigDecimal)} for a purchase made on {@code day} (one entered afterwards). */
    public CouponCheck check(String code, Long customerId, BigDecimal total, LocalDate day) {
        String normal = CouponCodes.normalise(code);
        if (!CouponCodes.isWellFormed(normal)) {
            return CouponCheck.of(CouponCodes.looksLikeMistypedCode(code) ? CouponOutcome.MISTYPED
                    : CouponOutcome.UNKNOWN, normal);
        }
        return jdbi.withHandle(h -> check(h.attach(CouponDao.class), normal, customerId, total, day));
    }

    private static CouponCheck check(CouponDao dao, String normal, Long customerId, BigDecimal total,
            LocalDate today) {
        Optional<StoredCoupon> found = dao.findByCode(normal);
        if (found.isEmpty()) {
            return CouponCheck.of(CouponOutcome.UNKNOWN, normal);
        }
        StoredCoupon coupon = found.get();
        Campaign campaign = coupon.campaign();
        if (today.isBefore(campaign.validFrom())) {
            return answer(CouponOutcome.NOT_YET_VALID, coupon, null, null);
        }
        if (today.isAfter(campaign.validTo())) {
            return answer(CouponOutcome.EXPIRED, coupon, null, null);
        }
        boolean personal = campaign.codeMode() == CodeMode.PERSONAL;
        if (personal && customerId != null && coupon.customerId() != null
                && !coupon.customerId().equals(customerId)) {
            return answer(CouponOutcome.OTHER_CUSTOMER, coupon, null, null);
        }
        if (coupon.usedUp()) {
            return personal ? answer(CouponOutcome.ALREADY_USED, coupon, null,
                    dao.lastActiveRedemption(coupon.id()).orElse(null))
                    : answer(CouponOutcome.LIMIT_REACHED, coupon, null, null);
        }
        if (total != null && Money.of(total).compareTo(campaign.minPurchase()) < 0) {
            return answer(CouponOutcome.MINIMUM_NOT_REACHED, coupon, null, null);
        }
        return answer(CouponOutcome.VALID, coupon, total == null ? null : campaign.discountOn(total), null);
    }

    private static CouponCheck answer(CouponOutcome outcome, StoredCoupon coupon, BigDecimal discount,
            Redemption used) {
        Campaign c = coupon.campaign();
        return new CouponCheck(outcome, coupon.code(), coupon.id(), c.name(), c.offer().kind(), discount,
                c.offer().freeItem(), c.minPurchase(), c.validFrom(), c.validTo(), coupon.customerId(),
                used == null ? null : used.redeemedAt(), used == null ? "" : used.station(),
                used == null ? "" : used.receiptNumber(), c.offer());
    }

    /**
     * Redeems the code for the purchase; throws {@link CouponRefusedException} (nothing booked) when the
     * check is not VALID, including when another counter redeemed it a moment earlier.
     */
    public CouponCheck redeem(Handle h, String code, long customerId, long purchaseId, BigDecimal total,
            LocalDateTime at) {
        String normal = CouponCodes.normalise(code);
        if (!CouponCodes.isWellFormed(normal)) {
            throw new CouponRefusedException(check(code, customerId, total));
        }
        CouponDao dao = h.attach(CouponDao.class);
        CouponCheck checked = check(dao, normal, customerId, total, at.toLocalDate());
        if (!checked.isValid()) {
            throw new CouponRefusedException(checked);
        }
        if (dao.use(checked.couponId()) == 0) {
            // Another counter booked the last use between our check and our update: say what it is now.
            CouponCheck now = check(dao, normal, customerId, total, at.toLocalDate());
            throw new CouponRefusedException(now.isValid() ? usedUp(now) : now);
        }
        dao.insertRedemption(checked.couponId(), purchaseId, customerId, checked.discount(), at, workplace.who(),
                workplace.station());
        return checked;
    }

    private static CouponCheck usedUp(CouponCheck valid) {
        return new CouponCheck(CouponOutcome.ALREADY_USED, valid.code(), valid.couponId(), valid.campaignName(),
                valid.kind(), null, valid.freeItem(), valid.minPurchase(), valid.validFrom(), valid.validTo(),
                valid.ownerCustomerId(), null, "", "", valid.offer());
    }

    /**
     * A refund of {@code purchaseId}: frees its coupon again if the campaign is still valid on the day of
     * the refund; a coupon of a campaign that has ended stays used (the redemption is kept either way).
     * Says which, for the refund's message; empty for a sale without a coupon. The
     * statistics and the coupon list read the refund row, so such a use counts as refunded all the same.
     */
    public Optional<Released> release(Handle h, long purchaseId, long refundPurchaseId, LocalDateTime at) {
        CouponDao dao = h.attach(CouponDao.class);
        Optional<Redemption> active = dao.activeRedemptionOf(purchaseId);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Redemption redemption = active.get();
        String code = dao.codeOf(redemption.couponId());
        Campaign campaign = h.attach(CampaignDao.class)
                .findById(dao.campaignOf(redemption.couponId())).orElseThrow();
        if (!campaign.isValidOn(at.toLocalDate())) {
            return Optional.of(new Released(code, false));
        }
        if (dao.release(redemption.id(), refundPurchaseId, at) == 1) {
            dao.unuse(redemption.couponId());
        }
        return Optional.of(new Released(code, true));
    }

    /** The coupon of a refunded sale: usable again ({@code freed}), or still used as its campaign has ended. */
    public record Released(String code, boolean freed) {
    }

    /** The personal codes the customer can still use today, for the counter panel. */
    public List<CustomerCoupon> validCoupons(long customerId) {
        return jdbi.withExtension(CouponDao.class, dao -> dao.validFor(customerId, LocalDate.now(clock)));
    }

    @Override
    public Set<String> columns() {
        return Set.of("coupon.customer_id", "coupon_redemption.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        CouponDao dao = handle.attach(CouponDao.class);
        dao.moveCoupons(fromCustomerId, toCustomerId);
        dao.moveRedemptions(fromCustomerId, toCustomerId);
    }
}
