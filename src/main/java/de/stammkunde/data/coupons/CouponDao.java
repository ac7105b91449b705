package de.stammkunde.data.coupons;

import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.domain.coupons.CustomerCoupon;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Coupon codes and redemptions. A use is booked with a conditional UPDATE of {@code used_count}: of
 * two counters redeeming the same single-use code, the second one's UPDATE finds no row to change.
 */
public interface CouponDao extends MergeLinks {

    /** Codes per insert batch. */
    int BATCH_SIZE = 1000;

    @SqlBatch("""
            INSERT INTO coupon (campaign_id, code, customer_id, max_uses, used_count, issued_at)
            VALUES (:campaignId, :code, :customerId, :maxUses, 0, :issuedAt)""")
    void insertBatch(@BindMethods List<NewCoupon> coupons);

    /** Which of these codes exist already (at most a few hundred at a time). */
    @SqlQuery("SELECT code FROM coupon WHERE code IN (<codes>)")
    List<String> existing(@BindList("codes") Collection<String> codes);

    @SqlQuery("SELECT k.id AS coupon_id, k.code, k.customer_id, k.max_uses, k.used_count, " + CampaignDao.COLUMNS + """

            FROM coupon k JOIN campaign ca ON ca.id = k.campaign_id
            WHERE k.code = :code""")
    @UseRowMapper(StoredCouponMapper.class)
    Optional<StoredCoupon> findByCode(@Bind("code") String code);

    /** Books one use; 0 when the code is used up (or was used up a moment ago at another counter). */
    @SqlUpdate("UPDATE coupon SET used_count = used_count + 1 WHERE id = :id AND (max_uses IS NULL OR used_count < max_uses)")
    int use(@Bind("id") long couponId);

    @SqlUpdate("UPDATE coupon SET used_count = used_count - 1 WHERE id = :id AND used_count > 0")
    int unuse(@Bind("id") long couponId);

    @SqlUpdate("""
            INSERT INTO coupon_redemption (coupon_id, purchase_id, customer_id, discount, redeemed_at, redeemed_by, station)
            VALUES (:couponId, :purchaseId, :customerId, :discount, :at, :by, :station)""")
    void insertRedemption(@Bind("couponId") long couponId, @Bind("purchaseId") long purchaseId,
            @Bind("customerId") long customerId, @Bind("discount") BigDecimal discount, @Bind("at") LocalDateTime at,
            @Bind("by") String redeemedBy, @Bind("station") String station);

    /** The latest active redemption of a code, with the receipt number of its purchase. */
    @SqlQuery("""
            SELECT r.id, r.coupon_id, r.redeemed_at, r.station, p.receipt_number
            FROM coupon_redemption r LEFT JOIN purchase p ON p.id = r.purchase_id
            WHERE r.coupon_id = :couponId AND r.released_at IS NULL
            ORDER BY r.redeemed_at DESC, r.id DESC
            FETCH FIRST 1 ROWS ONLY""")
    @RegisterConstructorMapper(Redemption.class)
    Optional<Redemption> lastActiveRedemption(@Bind("couponId") long couponId);

    /** The active redemption booked with a purchase, if any. */
    @SqlQuery("""
            SELECT r.id, r.coupon_id, r.redeemed_at, r.station, p.receipt_number
            FROM coupon_redemption r LEFT JOIN purchase p ON p.id = r.purchase_id
            WHERE r.purchase_id = :purchaseId AND r.released_at IS NULL""")
    @RegisterConstructorMapper(Redemption.class)
    Optional<Redemption> activeRedemptionOf(@Bind("purchaseId") long purchaseId);

    @SqlUpdate("""
            UPDATE coupon_redemption SET released_at = :at, released_by_refund = :refundId
            WHERE id = :id AND released_at IS NULL""")
    int release(@Bind("id") long redemptionId, @Bind("refundId") long refundPurchaseId, @Bind("at") LocalDateTime at);

    @SqlQuery("SELECT k.campaign_id FROM coupon k WHERE k.id = :id")
    long campaignOf(@Bind("id") long couponId);

    @SqlQuery("SELECT k.code FROM coupon k WHERE k.id = :id")
    String codeOf(@Bind("id") long couponId);

    /** Personal codes of a customer that are unused and valid on {@code today}, soonest to expire first. */
    @SqlQuery("""
            SELECT k.code, ca.name, ca.kind, ca.percent_off, ca.amount_off, ca.free_item, ca.min_purchase, ca.valid_to
            FROM coupon k JOIN campaign ca ON ca.id = k.campaign_id
            WHERE k.customer_id = :customerId AND k.used_count < k.max_uses
              AND ca.valid_from <= :today AND ca.valid_to >= :today
            ORDER BY ca.valid_to, k.code""")
    @UseRowMapper(CustomerCouponMapper.class)
    List<CustomerCoupon> validFor(@Bind("customerId") long customerId, @Bind("today") LocalDate today);

    /**
     * A campaign's codes with the customer each is for and their use, by customer name; uses a refund
     * gave back are counted apart, with the latest one's date, so the list can say so; so are the uses
     * kept because their sale was refunded only after the campaign ended (the refund row is the fact).
     */
    @SqlQuery("""
            SELECT k.code, k.customer_id, c.customer_number, c.first_name, c.last_name, c.company,
                   k.used_count, k.max_uses,
                   (SELECT MAX(r.redeemed_at) FROM coupon_redemption r
                    WHERE r.coupon_id = k.id AND r.released_at IS NULL) AS last_used_at,
                   (SELECT COUNT(*) FROM coupon_redemption r
                    WHERE r.coupon_id = k.id AND r.released_at IS NOT NULL) AS refunded_uses,
                   (SELECT MAX(r.redeemed_at) FROM coupon_redemption r
                    WHERE r.coupon_id = k.id AND r.released_at IS NOT NULL) AS last_refunded_use_at,
                   (SELECT COUNT(*) FROM coupon_redemption r
                    WHERE r.coupon_id = k.id AND r.released_at IS NULL
                      AND EXISTS (SELECT 1 FROM purchase f WHERE f.refund_of_id = r.purchase_id))
                       AS refunded_after_end
            FROM coupon k LEFT JOIN customer c ON c.id = k.customer_id
            WHERE k.campaign_id = :campaignId
            ORDER BY c.sort_name, k.id""")
    @RegisterConstructorMapper(CampaignCoupon.class)
    List<CampaignCoupon> ofCampaign(@Bind("campaignId") long campaignId);

    /** Personal codes of birthday campaigns issued since {@code since}: who got one, and when. */
    @SqlQuery("""
            SELECT k.customer_id, k.issued_at FROM coupon k JOIN campaign ca ON ca.id = k.campaign_id
            WHERE ca.for_birthdays = TRUE AND k.customer_id IS NOT NULL AND k.issued_at >= :since""")
    @RegisterConstructorMapper(BirthdayCoupon.class)
    List<BirthdayCoupon> birthdayCouponsSince(@Bind("since") LocalDateTime since);

    /** Customers with a birth date who are neither archived nor merged into another. */
    @SqlQuery("""
            SELECT id, birth_date FROM customer
            WHERE birth_date IS NOT NULL AND archived = FALSE AND merged_into_id IS NULL""")
    @RegisterConstructorMapper(CustomerBirthDate.class)
    List<CustomerBirthDate> birthDates();

    @SqlUpdate("UPDATE coupon SET customer_id = :to WHERE customer_id = :from")
    int moveCoupons(@Bind("from") long fromCustomerId, @Bind("to") long toCustomerId);

    @SqlUpdate("UPDATE coupon_redemption SET customer_id = :to WHERE customer_id = :from")
    int moveRedemptions(@Bind("from") long fromCustomerId, @Bind("to") long toCustomerId);

    /** Reads {@link #findByCode}. */
    final class StoredCouponMapper implements RowMapper<StoredCoupon> {
        @Override
        public StoredCoupon map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StoredCoupon(rs.getLong("coupon_id"), rs.getString("code"), rs.getObject("customer_id", Long.class),
                    rs.getObject("max_uses", Integer.class), rs.getInt("used_count"), CampaignMapper.of(rs));
        }
    }

    /** Reads {@link #validFor}. */
    final class CustomerCouponMapper implements RowMapper<CustomerCoupon> {
        @Override
        public CustomerCoupon map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CustomerCoupon(rs.getString("code"), rs.getString("name"), CampaignMapper.offer(rs),
                    rs.getBigDecimal("min_purchase"), rs.getObject("valid_to", LocalDate.class));
        }
    }
}
