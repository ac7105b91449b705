package de.stammkunde.data.coupons;

import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.DisplayNames;
import de.stammkunde.domain.purchases.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** Coupon campaigns and their statistics. */
@RegisterRowMapper(CampaignMapper.class)
public interface CampaignDao {

    /** The campaign columns {@link CampaignMapper} reads, for a table aliased {@code ca}. */
    String COLUMNS = """
            ca.id AS campaign_id, ca.name, ca.kind, ca.percent_off, ca.amount_off, ca.free_item, ca.min_purchase,
            ca.valid_from, ca.valid_to, ca.code_mode, ca.redemption_limit, ca.target_description, ca.created_by,
            ca.created_at, ca.target_kind, ca.target_customer, ca.target_count, ca.target_search, ca.target_tag,
            ca.target_status""";

    @SqlUpdate("""
            INSERT INTO campaign (name, kind, percent_off, amount_off, free_item, min_purchase, valid_from, valid_to,
                code_mode, redemption_limit, target_description, created_by, created_at, for_birthdays,
                target_kind, target_customer, target_count, target_search, target_tag, target_status)
            VALUES (:d.name, :o.kind, :o.percentOff, :o.amountOff, :o.freeItem, :d.minPurchase, :d.validFrom,
                :d.validTo, :d.codeMode, :d.redemptionLimit, :d.targetDescription, :by, :at, :birthdays,
                :t.kind, :t.customer, :t.count, :t.search, :t.tag, :t.status)""")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods("d") CampaignDraft draft, @BindMethods("o") Offer offer,
            @BindMethods("t") TargetColumns target, @Bind("by") String createdBy, @Bind("at") LocalDateTime createdAt,
            @Bind("birthdays") boolean birthdays);

    /**
     * A campaign with its target as facts and in words; {@code forBirthdays} marks the birthday campaign's,
     * whose customers the next one leaves out.
     */
    default long insert(CampaignDraft draft, String createdBy, LocalDateTime createdAt, boolean forBirthdays) {
        return insertRow(draft, draft.offer(), TargetColumns.of(draft.target()), createdBy, createdAt, forBirthdays);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM campaign ca WHERE ca.id = :id")
    Optional<Campaign> findById(@Bind("id") long id);

    /**
     * Every campaign, newest first, with codes issued, redemptions whose sale was kept, the uses whose sale
     * was refunded (given back while the campaign ran, or kept as used when the refund came after its end:
     * the same fact, counted the same), and the revenue of the purchases that used its coupons (refund rows
     * and refunded sales left out).
     * Driven from the campaign's coupons: "refund_of_id IS NULL" would lead H2 through every purchase.
     * A personal campaign with a single code comes with that code's customer (after a merge, the one
     * kept), so the list can name whom a campaign for one customer is for.
     */
    @SqlQuery("SELECT " + COLUMNS + """
            ,
                (SELECT COUNT(*) FROM coupon k WHERE k.campaign_id = ca.id) AS issued,
                (SELECT COUNT(*) FROM coupon_redemption r JOIN coupon k ON k.id = r.coupon_id
                  WHERE k.campaign_id = ca.id AND r.released_at IS NULL
                    AND NOT EXISTS (SELECT 1 FROM purchase f WHERE f.refund_of_id = r.purchase_id)) AS redeemed,
                (SELECT COUNT(*) FROM coupon_redemption r JOIN coupon k ON k.id = r.coupon_id
                  WHERE k.campaign_id = ca.id AND (r.released_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM purchase f WHERE f.refund_of_id = r.purchase_id))) AS refunded,
                (SELECT COALESCE(SUM(p.total), 0) FROM coupon k JOIN purchase p ON p.coupon_id = k.id
                  WHERE k.campaign_id = ca.id AND p.kind = 'SALE'
                    AND NOT EXISTS (SELECT 1 FROM purchase f WHERE f.refund_of_id = p.id)) AS revenue,
                h.customer_number AS holder_number, h.first_name AS holder_first_name,
                h.last_name AS holder_last_name, h.company AS holder_company
            FROM campaign ca
            LEFT JOIN customer h ON ca.code_mode = 'PERSONAL' AND h.id = (SELECT k.customer_id FROM coupon k
                  WHERE k.campaign_id = ca.id FETCH FIRST 1 ROW ONLY)
            ORDER BY ca.created_at DESC, ca.id DESC""")
    @UseRowMapper(StatsMapper.class)
    List<CampaignStats> listWithStats();

    /** Reads a {@link CampaignStats} row of {@link #listWithStats}. */
    final class StatsMapper implements RowMapper<CampaignStats> {
        @Override
        public CampaignStats map(ResultSet rs, StatementContext ctx) throws SQLException {
            // the first code's customer, read without counting the codes again: kept for a single code only
            String number = rs.getLong("issued") == 1 ? rs.getString("holder_number") : null;
            String name = number == null ? null : DisplayNames.of(rs.getString("holder_first_name"),
                    rs.getString("holder_last_name"), rs.getString("holder_company"));
            return new CampaignStats(CampaignMapper.of(rs), rs.getLong("issued"), rs.getLong("redeemed"),
                    rs.getLong("refunded"), Money.of(rs.getBigDecimal("revenue")), name, number);
        }
    }
}
