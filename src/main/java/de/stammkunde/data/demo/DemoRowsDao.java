package de.stammkunde.data.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/**
 * Demo data writes hundreds of thousands of rows whose values the generator already knows, so it
 * inserts them in batches here instead of booking them one by one through the services.
 */
public interface DemoRowsDao {

    /** A ledger row as generated, with the redemption rule it was booked under (see PointsDao#insert). */
    record PointsRow(long customerId, String kind, int points, int remaining, LocalDate expiresOn, Long purchaseId,
            String reason, LocalDateTime createdAt, int valuePoints, BigDecimal valueEuros) {
    }

    @SqlBatch("""
            INSERT INTO points_entry (customer_id, kind, points, remaining, expires_on, purchase_id, reason,
                created_by, created_at, value_points, value_euros)
            VALUES (:customerId, :kind, :points, :remaining, :expiresOn, :purchaseId, :reason, 'demo', :createdAt,
                :valuePoints, :valueEuros)""")
    @GetGeneratedKeys("id")
    long[] insertPoints(@BindMethods List<PointsRow> rows);

    /** Which lots the redemptions used, as the counter notes them (see PointsDao#insertUse). */
    @SqlBatch("INSERT INTO points_use (redeem_id, lot_id, points) VALUES (:redeemId, :lotId, :points)")
    void insertUses(@Bind("redeemId") List<Long> redeemIds, @Bind("lotId") List<Long> lotIds,
            @Bind("points") List<Integer> points);

    @SqlBatch("INSERT INTO points_account (customer_id, balance) VALUES (:customerId, :balance)")
    void insertAccounts(@Bind("customerId") List<Long> customerIds, @Bind("balance") List<Integer> balances);

    @SqlBatch("""
            INSERT INTO customer_card (card_number, customer_id, issued_at, issued_by)
            VALUES (:number, :customerId, :issuedAt, 'demo')""")
    void insertCards(@Bind("number") List<String> numbers, @Bind("customerId") List<Long> customerIds,
            @Bind("issuedAt") List<LocalDateTime> issuedAt);
}
