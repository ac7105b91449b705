package de.stammkunde.service.purchases;

import de.stammkunde.data.purchases.NewPurchase;
import de.stammkunde.data.purchases.PurchaseDao;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.domain.purchases.PurchaseSource;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.domain.purchases.SaleProblem;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.loyalty.PointsRefusedException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.Jdbi;

/**
 * The sale at the counter: the purchase, its coupon and its points are booked in one transaction,
 * so a refused coupon or too few points leave nothing behind; a prospect or lost customer who buys
 * becomes active with it. A refund is its own purchase row that reverses the points and frees the
 * coupon.
 */
public final class SaleService {

    /** SQL state of a unique-constraint violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;
    private final LoyaltyService loyalty;
    private final CouponService coupons;
    private final CustomerService customers;

    public SaleService(Jdbi jdbi, Clock clock, Workplace workplace, LoyaltyService loyalty, CouponService coupons,
            CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
        this.loyalty = loyalty;
        this.coupons = coupons;
        this.customers = customers;
    }

    /** The shop's clock: a sale without a time is booked at this moment. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /**
     * What the counter says to {@code code} for this customer today before an amount is entered: the
     * minimum purchase is not checked yet. Reads only.
     */
    public CouponCheck checkCoupon(String code, long customerId) {
        return coupons.check(code, customers.currentId(customerId), null);
    }

    /** What the sale would come to; reads only. */
    public SalePreview preview(SaleDraft draft) {
        LocalDateTime now = now();
        List<SaleProblem> problems = PurchaseRules.validate(draft, now);
        // as record(): a sale entered afterwards gets the coupon's answer and the tier of its own time
        LocalDateTime at = draft.purchasedAt() == null ? now : draft.purchasedAt().withNano(0);
        BigDecimal total = draft.total() == null ? Money.ZERO : Money.of(draft.total());
        // as record(): a customer merged into another meanwhile buys as the kept one, with its points
        long customerId = customers.currentId(draft.customerId());
        CouponCheck coupon = draft.hasCoupon()
                ? coupons.check(draft.couponCode(), customerId, total, at.toLocalDate()) : null;
        BigDecimal couponDiscount = coupon != null && coupon.isValid() ? Money.of(coupon.discount()) : Money.ZERO;
        BigDecimal payable = total.subtract(couponDiscount).max(Money.ZERO);
        LoyaltyService.Account account = loyalty.account(customerId);
        int balance = account.balance().points();
        PointsRules rules = loyalty.rules();
        int maxRedeemable = maxRedeemable(account, payable, rules);
        PointsRefusedException.Reason pointsProblem = null;
        BigDecimal pointsDiscount = Money.ZERO;
        int points = draft.pointsToRedeem();
        int minimum = rules.minimumRedeem();
        if (points > 0) {
            // as redeem() books it: each lot used worth the rule it was booked under
            pointsDiscount = PointsMath.valueOf(account.lots(), points);
            if (points > balance) {
                pointsProblem = PointsRefusedException.Reason.INSUFFICIENT;
            } else if (points < minimum) {
                pointsProblem = PointsRefusedException.Reason.BELOW_MINIMUM;
            } else if (pointsDiscount.compareTo(payable) > 0) {
                pointsProblem = PointsRefusedException.Reason.MORE_THAN_PAYABLE;
            }
        }
        if (pointsProblem == null) {
            payable = payable.subtract(pointsDiscount);
        } else {
            pointsDiscount = Money.ZERO;
        }
        int toEarn = problems.isEmpty() ? loyalty.pointsFor(customerId, payable, at) : 0;
        return new SalePreview(problems, coupon, couponDiscount, pointsDiscount, payable, toEarn,
                lapsedAfter(at, now, rules), pointsProblem, balance, maxRedeemable, minimum);
    }

    /** The rules' months when points earned at {@code at} are expired already {@code now}; else 0. */
    private static int lapsedAfter(LocalDateTime at, LocalDateTime now, PointsRules rules) {
        return PointsMath.expiredOn(at, rules, now.toLocalDate()) ? rules.expiryMonths() : 0;
    }

    /**
     * The most points worth no more than {@code payable}, within the balance, the lots taken in the order a
     * redemption uses them, each worth its own rule; 0 below the owner's minimum.
     */
    private static int maxRedeemable(LoyaltyService.Account account, BigDecimal payable, PointsRules rules) {
        int max = Math.min(account.balance().points(), PointsMath.maxPointsFor(account.lots(), payable));
        return max >= Math.max(1, rules.minimumRedeem()) ? max : 0;
    }

    /**
     * Books the sale. Throws {@link SaleRejectedException} for bad input,
     * {@link de.stammkunde.service.coupons.CouponRefusedException} for a coupon that cannot be used
     * (also when another counter used it a moment ago) and {@link PointsRefusedException} for points
     * that cannot be redeemed; in each case nothing is written.
     */
    public SaleResult record(SaleDraft draft) {
        LocalDateTime now = now();
        List<SaleProblem> problems = PurchaseRules.validate(draft, now);
        if (!problems.isEmpty()) {
            throw new SaleRejectedException(problems);
        }
        LocalDateTime at = draft.purchasedAt() == null ? now : draft.purchasedAt().withNano(0);
        BigDecimal total = Money.of(draft.total());
        List<Long> activated = new ArrayList<>();
        // the balance is read in the sale's transaction: once it committed, nothing may fail and look unbooked
        SaleResult booked = jdbi.inTransaction(h -> {
            // the counter may still show a customer merged into another meanwhile: the sale is the kept one's
            long customerId = customers.lockCurrent(h, draft.customerId());
            PurchaseDao dao = h.attach(PurchaseDao.class);
            long id = dao.insert(new NewPurchase(customerId, PurchaseKind.SALE, at, draft.receiptNumber(),
                    total, total, draft.paymentMethod(), null, "", PurchaseSource.COUNTER, workplace.who(), now,
                    draft.items()));
            BigDecimal couponDiscount = Money.ZERO;
            Long couponId = null;
            String freeItem = "";
            if (draft.hasCoupon()) {
                CouponCheck coupon = coupons.redeem(h, draft.couponCode(), customerId, id, total, at);
                couponDiscount = Money.min(Money.of(coupon.discount()), total);
                couponId = coupon.couponId();
                freeItem = coupon.freeItem() == null ? "" : coupon.freeItem();
            }
            BigDecimal payable = total.subtract(couponDiscount);
            BigDecimal pointsDiscount = Money.ZERO;
            if (draft.pointsToRedeem() > 0) {
                pointsDiscount = Money.of(loyalty.redeem(h, customerId, id, draft.pointsToRedeem(), payable, at));
            }
            BigDecimal paid = payable.subtract(pointsDiscount);
            int earned = loyalty.earn(h, customerId, id, paid, at);
            dao.updateOutcome(id, couponDiscount, pointsDiscount, paid, earned, draft.pointsToRedeem(), couponId,
                    freeItem);
            if (CustomerStatus.madeActiveBy(at, now)) {
                activated.addAll(customers.markActive(h, List.of(customerId), now));
            }
            // the balance books the expiry of points earned by a sale older than the rules' months
            return new SaleResult(dao.find(id).orElseThrow(), loyalty.balance(h, customerId, now),
                    earned > 0 ? lapsedAfter(at, now, loyalty.rules()) : 0);
        });
        customers.showActive(activated);
        return booked;
    }

    /**
     * Refunds a whole purchase: a REFUND row with the amounts negated, the points it earned taken back
     * and those it redeemed given back, its coupon freed. Throws {@link AlreadyRefundedException} when it
     * was refunded before (also by another counter at the same moment) or is a refund itself.
     */
    public RefundResult refund(long purchaseId, String reason) {
        LocalDateTime now = now();
        Purchase found = jdbi.withExtension(PurchaseDao.class, dao -> dao.find(purchaseId)).orElseThrow();
        if (found.isRefund() || found.isRefunded()) {
            throw new AlreadyRefundedException(purchaseId);
        }
        try {
            // change and balance come from the refund's transaction: after the commit nothing is read
            return jdbi.inTransaction(h -> {
                PurchaseDao dao = h.attach(PurchaseDao.class);
                // read again under the customer's lock: a merge that moved the purchase meanwhile is done
                customers.lockCurrent(h, found.customerId());
                Purchase original = dao.find(purchaseId).orElseThrow();
                long id = dao.insert(new NewPurchase(original.customerId(), PurchaseKind.REFUND, now,
                        original.receiptNumber(), original.total().negate(), original.paid().negate(),
                        original.paymentMethod(), original.id(), reason == null ? "" : reason.strip(),
                        PurchaseSource.COUNTER, workplace.who(), now, List.of()));
                LoyaltyService.Reversal points = loyalty.reverse(h, original.customerId(), original.id(), id, now);
                Optional<CouponService.Released> coupon = original.couponId() == null ? Optional.empty()
                        : coupons.release(h, original.id(), id, now);
                // what the ledger booked: points already spent could not be taken back
                dao.mirrorRefund(id, original, -points.takenBack(), -points.givenBack());
                return new RefundResult(dao.find(id).orElseThrow(), points.change(),
                        loyalty.balance(h, original.customerId(), now), points.lapsed(), coupon);
            });
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                throw new AlreadyRefundedException(purchaseId);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
