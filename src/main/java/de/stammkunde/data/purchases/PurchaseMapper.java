package de.stammkunde.data.purchases;

import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A purchase row of {@link PurchaseDao#SELECT} without its items (those are read separately). */
public final class PurchaseMapper implements RowMapper<Purchase> {

    @Override
    public Purchase map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Purchase(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                PurchaseKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("purchased_at").toLocalDateTime(),
                rs.getString("receipt_number"),
                rs.getBigDecimal("total"),
                rs.getBigDecimal("coupon_discount"),
                rs.getBigDecimal("points_discount"),
                rs.getBigDecimal("paid"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getInt("points_earned"),
                rs.getInt("points_redeemed"),
                (Long) rs.getObject("coupon_id", Long.class),
                rs.getString("coupon_code") == null ? "" : rs.getString("coupon_code"),
                rs.getString("free_item"),
                (Long) rs.getObject("refund_of_id", Long.class),
                (Long) rs.getObject("refunded_by_id", Long.class),
                rs.getString("note"),
                PurchaseSource.valueOf(rs.getString("source")),
                rs.getString("created_by"),
                List.of());
    }
}
