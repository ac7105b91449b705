package de.stammkunde.data.loyalty;

import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.loyalty.PointsMath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Ledger rows and the points account. Writes run in the caller's transaction, which first takes
 * {@link #lockCustomer}: two counters booking points for the same customer then go one after the other.
 */
@RegisterConstructorMapper(PointsEntry.class)
public interface PointsDao extends MergeLinks {

    @SqlQuery("SELECT id FROM customer WHERE id = :customerId FOR UPDATE")
    Optional<Long> lockCustomer(@Bind("customerId") long customerId);

    @SqlUpdate("""
            INSERT INTO points_account (customer_id, balance)
            SELECT id, 0 FROM customer c WHERE c.id = :customerId
              AND NOT EXISTS (SELECT 1 FROM points_account a WHERE a.customer_id = :customerId)""")
    void ensureAccount(@Bind("customerId") long customerId);

    /** Changes the balance unless it would go below zero; 0 rows means refused. */
    @SqlUpdate("""
            UPDATE points_account SET balance = balance + :delta
            WHERE customer_id = :customerId AND balance + :delta >= 0""")
    int changeBalance(@Bind("customerId") long customerId, @Bind("delta") int delta);

    /** As {@link #changeBalance} for many customers in one batch; a 0 in the result means refused. */
    @SqlBatch("""
            UPDATE points_account SET balance = balance + :delta
            WHERE customer_id = :customerId AND balance + :delta >= 0""")
    int[] changeBalances(@Bind("customerId") List<Long> customerIds, @Bind("delta") List<Integer> deltas);

    @SqlQuery("SELECT balance FROM points_account WHERE customer_id = :customerId")
    Optional<Integer> balance(@Bind("customerId") long customerId);

    /**
     * A ledger row. {@code valuePoints} points = {@code valueEuros} € is the redemption rule of a lot (a row with
     * points remaining, or that may get points back): what its points are worth, whatever the owner sets later.
     * Other rows keep the rule in force when they were booked.
     */
    @SqlUpdate("""
            INSERT INTO points_entry (customer_id, kind, points, remaining, expires_on, purchase_id, reason,
                created_by, created_at, value_points, value_euros)
            VALUES (:customerId, :kind, :points, :remaining, :expiresOn, :purchaseId, :reason, :createdBy, :createdAt,
                :valuePoints, :valueEuros)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("customerId") long customerId, @Bind("kind") PointsKind kind, @Bind("points") int points,
            @Bind("remaining") int remaining, @Bind("expiresOn") LocalDate expiresOn, @Bind("purchaseId") Long purchaseId,
            @Bind("reason") String reason, @Bind("createdBy") String createdBy,
            @Bind("createdAt") LocalDateTime createdAt, @Bind("valuePoints") int valuePoints,
            @Bind("valueEuros") BigDecimal valueEuros);

    /** A new lot, all its points remaining, to be booked with others by {@link #insertLots}. */
    record NewLot(long customerId, PointsKind kind, int points, LocalDate expiresOn, Long purchaseId, String reason,
            String createdBy, LocalDateTime createdAt, int valuePoints, BigDecimal valueEuros) {
    }

    /** Inserts the lots in one batch, their ids in the same order (as {@link #insert} one after the other). */
    @SqlBatch("""
            INSERT INTO points_entry (customer_id, kind, points, remaining, expires_on, purchase_id, reason,
                created_by, created_at, value_points, value_euros)
            VALUES (:customerId, :kind, :points, :points, :expiresOn, :purchaseId, :reason, :createdBy, :createdAt,
                :valuePoints, :valueEuros)""")
    void insertLots(@BindMethods List<NewLot> lots);

    /** The customer's lots with points left, each with its expiry date and redemption rule. */
    @SqlQuery("""
            SELECT id, remaining, expires_on, value_points, value_euros FROM points_entry
            WHERE customer_id = :customerId AND remaining > 0""")
    @RegisterConstructorMapper(PointsMath.Lot.class)
    List<PointsMath.Lot> lots(@Bind("customerId") long customerId);

    /** A redemption rule: so many points are worth so many euro. */
    record Value(int valuePoints, BigDecimal valueEuros) {
    }

    /** The redemption rule a ledger row was booked with. */
    @SqlQuery("SELECT value_points, value_euros FROM points_entry WHERE id = :id")
    @RegisterConstructorMapper(Value.class)
    Value valueOf(@Bind("id") long id);

    /**
     * A lot past its expiry date with what is left of it, the purchase that earned it (null: none) and its
     * redemption rule.
     */
    record DueLot(long id, int remaining, Long purchaseId, int valuePoints, BigDecimal valueEuros) {
    }

    @SqlQuery("""
            SELECT id, remaining, purchase_id, value_points, value_euros FROM points_entry
            WHERE customer_id = :customerId AND remaining > 0 AND expires_on < :today ORDER BY id""")
    @RegisterConstructorMapper(DueLot.class)
    List<DueLot> dueLots(@Bind("customerId") long customerId, @Bind("today") LocalDate today);

    @SqlUpdate("UPDATE points_entry SET remaining = :remaining WHERE id = :id")
    void setRemaining(@Bind("id") long id, @Bind("remaining") int remaining);

    /** Puts {@code points} back into the customer's lot they were taken from; 0 when it is no longer theirs. */
    @SqlUpdate("""
            UPDATE points_entry SET remaining = remaining + :points
            WHERE id = :id AND customer_id = :customerId AND remaining + :points <= points""")
    int giveBack(@Bind("id") long id, @Bind("customerId") long customerId, @Bind("points") int points);

    @SqlQuery("SELECT * FROM points_entry WHERE id = :id")
    PointsEntry entry(@Bind("id") long id);

    /**
     * The ledger newest first by date (points of a purchase imported afterwards stand at its day), each row
     * with its purchase's receipt number and date; a refund's rows also with the reason given for it (kept in
     * the refund's note), and whether a refund's row gave redeemed points back into the lots they came from
     * (LoyaltyService#reverse books it with nothing remaining; a refund's row that is a lot of its own starts
     * with all its points remaining): the refunded purchase's redemption used a lot of the customer's with the
     * row's expiry date.
     */
    @SqlQuery("""
            SELECT e.*, p.receipt_number AS line_receipt, COALESCE(o.purchased_at, p.purchased_at) AS line_purchased_at,
                CASE WHEN p.refund_of_id IS NULL THEN '' ELSE p.note END AS line_refund_reason,
                CASE WHEN e.kind = 'REVERSAL' AND e.points > 0 AND e.remaining = 0 AND EXISTS (
                    SELECT 1 FROM points_entry r
                    JOIN points_use u ON u.redeem_id = r.id JOIN points_entry l ON l.id = u.lot_id
                    WHERE r.purchase_id = p.refund_of_id AND r.kind = 'REDEEM' AND l.customer_id = e.customer_id
                      AND (l.expires_on = e.expires_on OR l.expires_on IS NULL AND e.expires_on IS NULL))
                    THEN TRUE ELSE FALSE END AS line_back_in_lots
            FROM points_entry e
            LEFT JOIN purchase p ON p.id = e.purchase_id
            LEFT JOIN purchase o ON o.id = p.refund_of_id
            WHERE e.customer_id = :customerId ORDER BY e.created_at DESC, e.id DESC""")
    @UseRowMapper(PointsLineMapper.class)
    List<PointsLine> lines(@Bind("customerId") long customerId);

    @SqlQuery("SELECT * FROM points_entry WHERE purchase_id = :purchaseId ORDER BY id")
    List<PointsEntry> ofPurchase(@Bind("purchaseId") long purchaseId);

    /** Notes that the redemption {@code redeemId} used {@code points} of the lot {@code lotId}. */
    @SqlUpdate("INSERT INTO points_use (redeem_id, lot_id, points) VALUES (:redeemId, :lotId, :points)")
    void insertUse(@Bind("redeemId") long redeemId, @Bind("lotId") long lotId, @Bind("points") int points);

    /**
     * Points a redemption used of one lot, when that lot expires (null: never), whether the purchase that
     * earned the lot has been refunded since (its refund took the points back from other lots), and the lot's
     * redemption rule: what the points are worth when they come back.
     */
    record Use(long lotId, int points, LocalDate expiresOn, boolean lotRefunded, int valuePoints,
            BigDecimal valueEuros) {
    }

    /** What the redemption used of which lot, oldest lot first; empty for one booked before this was noted. */
    @SqlQuery("""
            SELECT u.lot_id, u.points, l.expires_on, l.value_points, l.value_euros,
                CASE WHEN l.kind = 'EARN' AND EXISTS (SELECT 1 FROM purchase r WHERE r.refund_of_id = l.purchase_id)
                    THEN TRUE ELSE FALSE END AS lot_refunded
            FROM points_use u JOIN points_entry l ON l.id = u.lot_id
            WHERE u.redeem_id = :redeemId ORDER BY l.id""")
    @RegisterConstructorMapper(Use.class)
    List<Use> uses(@Bind("redeemId") long redeemId);

    /**
     * A refund of the customer's and how many of its purchase's points (less those expired) are still the
     * customer's because it could not take them back (they were spent) nor a later REVERSAL row of it since.
     */
    record Owed(long refundId, long purchaseId, int points) {
    }

    /** What each of the customer's refunds but {@code exceptRefundId} still owes, oldest refund first; 0s left out. */
    @SqlQuery("""
            SELECT * FROM (
                SELECT r.id AS refund_id, r.refund_of_id AS purchase_id,
                    COALESCE((SELECT SUM(e.points) FROM points_entry e
                              WHERE e.purchase_id = r.refund_of_id AND e.kind IN ('EARN', 'EXPIRE')), 0)
                    + COALESCE((SELECT SUM(e.points) FROM points_entry e
                                WHERE e.purchase_id = r.id AND e.kind = 'REVERSAL' AND e.points < 0), 0) AS points
                FROM purchase r
                WHERE r.customer_id = :customerId AND r.refund_of_id IS NOT NULL AND r.id <> :exceptRefundId) o
            WHERE o.points > 0 ORDER BY o.refund_id""")
    @RegisterConstructorMapper(Owed.class)
    List<Owed> owedByRefunds(@Bind("customerId") long customerId, @Bind("exceptRefundId") long exceptRefundId);

    /** The purchase that earned a lot (null: none, or not an EARN lot). */
    @SqlQuery("SELECT purchase_id FROM points_entry WHERE id = :lotId AND kind = 'EARN'")
    Optional<Long> earnedBy(@Bind("lotId") long lotId);

    @SqlQuery("SELECT DISTINCT customer_id FROM points_entry WHERE remaining > 0 AND expires_on < :today")
    List<Long> customersWithDueLots(@Bind("today") LocalDate today);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM points_entry
            WHERE customer_id = :customerId AND remaining > 0 AND expires_on < :today""")
    boolean hasDueLots(@Bind("customerId") long customerId, @Bind("today") LocalDate today);

    /**
     * What the customer paid between the two moments; a refund counts at the time of the sale it takes
     * back (as in the sums per year): the refund of a sale from before {@code from} takes nothing off.
     */
    @SqlQuery("""
            SELECT COALESCE(SUM(p.paid), 0) FROM purchase p LEFT JOIN purchase s ON s.id = p.refund_of_id
            WHERE p.customer_id = :customerId
              AND COALESCE(s.purchased_at, p.purchased_at) >= :from
              AND COALESCE(s.purchased_at, p.purchased_at) <= :to""")
    BigDecimal spend(@Bind("customerId") long customerId, @Bind("from") LocalDateTime from,
            @Bind("to") LocalDateTime to);

    @SqlUpdate("UPDATE points_entry SET customer_id = :to WHERE customer_id = :from")
    void moveEntries(@Bind("from") long from, @Bind("to") long to);

    @SqlUpdate("DELETE FROM points_account WHERE customer_id = :customerId")
    void deleteAccount(@Bind("customerId") long customerId);
}
