package de.stammkunde.service.loyalty;

import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.settings.SettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The points ledger. The methods taking a {@link Handle} run inside the caller's transaction (the
 * sale, the refund): they book ledger rows and keep {@code points_account} in step.
 */
public final class LoyaltyService implements MergeParticipant {

    private final Jdbi jdbi;
    private final Clock clock;
    private final SettingsService settings;
    private final Workplace workplace;

    public LoyaltyService(Jdbi jdbi, Clock clock, SettingsService settings, Workplace workplace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.settings = settings;
        this.workplace = workplace;
    }

    /** The rules now in force (defaults until the owner saves some). */
    public PointsRules rules() {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** Saves new rules; they apply from now on. Throws {@link IllegalArgumentException} for invalid rules. */
    public void saveRules(PointsRules rules) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** The euro value of {@code points} under the current rules, rounded down to the cent. */
    public BigDecimal valueOf(int points) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** Balance, euro value, points expiring in the next 30 days and tier; books due expiries first. */
    public PointsBalance balance(long customerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** The customer's ledger, newest first. */
    public List<PointsEntry> ledger(long customerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** What {@link #earn} would book for this amount now (for the counter's preview). */
    public int pointsFor(long customerId, BigDecimal eligibleAmount) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /**
     * Redeems {@code points} for a purchase, using up the oldest lots first. Refuses (nothing booked)
     * when below the minimum, above the balance, or worth more than {@code payable}; safe against
     * two counters redeeming at once. Returns the euro discount.
     */
    public BigDecimal redeem(Handle h, long customerId, long purchaseId, int points, BigDecimal payable,
            LocalDateTime at) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** Books the points a purchase earns on {@code eligibleAmount} (the part not paid with points or coupons). */
    public int earn(Handle h, long customerId, long purchaseId, BigDecimal eligibleAmount, LocalDateTime at) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /**
     * A refund: takes back what {@code originalPurchaseId} earned and gives back what it redeemed, as
     * REVERSAL rows referencing {@code refundPurchaseId}; never below a zero balance. Returns the net change.
     */
    public int reverse(Handle h, long customerId, long originalPurchaseId, long refundPurchaseId, LocalDateTime at) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** A manual correction (positive or negative) with a required reason. */
    public PointsEntry correct(long customerId, int points, String reason) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** Books EXPIRE rows for every lot past its date (all customers); returns the points expired. */
    public int expireDue(LocalDate today) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    @Override
    public java.util.Set<String> columns() {
        return java.util.Set.of("points_entry.customer_id", "points_account.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }
}
