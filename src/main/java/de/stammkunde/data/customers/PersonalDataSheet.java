package de.stammkunde.data.customers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * One table of a customer's copy of their data (GDPR Art. 15 and 20): their record, interests, consents,
 * cards, purchases and line items, points and coupons, each read by one query over the customer and every
 * customer merged into them. Each names the foreign keys to {@code customer} it reads, so that a test finds
 * a feature's new table the copy would leave out. The columns are the queries' names, in their order; {@link
 * #translated} says which hold a code the user reads in words (status {@code ACTIVE} → "Aktiv").
 */
public enum PersonalDataSheet {

    CUSTOMER("""
            SELECT c.customer_number AS number, c.gender, c.first_name, c.last_name, c.company, c.street,
                   c.postcode, c.city, c.country, c.phone, c.mobile, c.email, c.birth_date, c.occupation, c.notes,
                   c.status, c.archived, k.customer_number AS merged_into, c.created_at, c.updated_at
            FROM customer c LEFT JOIN customer k ON k.id = c.merged_into_id
            WHERE c.id IN (<ids>)
            ORDER BY CASE WHEN c.merged_into_id IS NULL THEN 0 ELSE 1 END, c.id""",
            Set.of("customer.merged_into_id"), Map.of("gender", "gender.", "status", "status.")),
    INTERESTS("""
            SELECT c.customer_number AS number, t.name AS interest
            FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id JOIN customer c ON c.id = ct.customer_id
            WHERE ct.customer_id IN (<ids>)
            ORDER BY c.id, ct.position""",
            Set.of("customer_tag.customer_id"), Map.of()),
    CONSENTS("""
            SELECT c.customer_number AS number, cc.channel, cc.granted, cc.changed_on, cc.source
            FROM customer_consent cc JOIN customer c ON c.id = cc.customer_id
            WHERE cc.customer_id IN (<ids>)
            ORDER BY c.id, cc.channel""",
            Set.of("customer_consent.customer_id"), Map.of("channel", "consent.channel.")),
    CARDS("""
            SELECT card_number, issued_at, issued_by, blocked_at, block_reason
            FROM customer_card
            WHERE customer_id IN (<ids>)
            ORDER BY issued_at, id""",
            Set.of("customer_card.customer_id"), Map.of()),
    PURCHASES("""
            SELECT p.purchased_at, p.receipt_number, p.kind, p.total, p.coupon_discount, p.points_discount, p.paid,
                   p.payment_method, p.points_earned, p.points_redeemed, cp.code AS coupon, p.free_item,
                   r.purchased_at AS refund_of, p.note, p.created_by
            FROM purchase p LEFT JOIN coupon cp ON cp.id = p.coupon_id LEFT JOIN purchase r ON r.id = p.refund_of_id
            WHERE p.customer_id IN (<ids>)
            ORDER BY p.purchased_at, p.id""",
            Set.of("purchase.customer_id"), Map.of("kind", "personalData.purchaseKind.", "payment_method", "payment.")),
    ITEMS("""
            SELECT p.purchased_at, p.receipt_number, i.description, i.quantity, i.unit_price, i.line_total
            FROM purchase_item i JOIN purchase p ON p.id = i.purchase_id
            WHERE p.customer_id IN (<ids>)
            ORDER BY p.purchased_at, p.id, i.line_no""",
            Set.of(), Map.of()),
    POINTS("""
            SELECT e.created_at, e.kind, e.points, e.expires_on, p.purchased_at AS purchase, e.reason, e.created_by
            FROM points_entry e LEFT JOIN purchase p ON p.id = e.purchase_id
            WHERE e.customer_id IN (<ids>)
            ORDER BY e.created_at, e.id""",
            // the account holds only the balance, the sum of these rows
            Set.of("points_entry.customer_id", "points_account.customer_id"), Map.of("kind", "points.kind.")),
    COUPONS("""
            SELECT cp.code, ca.name AS campaign, ca.kind AS offer, ca.percent_off, ca.amount_off, ca.free_item,
                   ca.valid_from, ca.valid_to, cp.issued_at, cp.used_count
            FROM coupon cp JOIN campaign ca ON ca.id = cp.campaign_id
            WHERE cp.customer_id IN (<ids>)
            ORDER BY cp.issued_at, cp.id""",
            Set.of("coupon.customer_id"), Map.of("offer", "coupons.kind.")),
    REDEMPTIONS("""
            SELECT cp.code, r.redeemed_at, r.discount, p.purchased_at AS purchase, r.station, r.redeemed_by,
                   r.released_at
            FROM coupon_redemption r JOIN coupon cp ON cp.id = r.coupon_id JOIN purchase p ON p.id = r.purchase_id
            WHERE r.customer_id IN (<ids>)
            ORDER BY r.redeemed_at, r.id""",
            Set.of("coupon_redemption.customer_id"), Map.of());

    private final String sql;
    private final Set<String> covers;
    private final Map<String, String> translated;

    PersonalDataSheet(String sql, Set<String> covers, Map<String, String> translated) {
        this.sql = sql;
        this.covers = covers;
        this.translated = translated;
    }

    /** The foreign keys to {@code customer} whose rows this sheet shows, as {@code table.column}. */
    public Set<String> covers() {
        return covers;
    }

    /** The columns holding a code the user reads in words, with the prefix of its message key. */
    public Map<String, String> translated() {
        return translated;
    }

    /** The customer and every customer merged into them (their own records, with the names they had then). */
    public static List<Long> customerAndMerged(Handle handle, long customerId) {
        List<Long> ids = new ArrayList<>(List.of(customerId));
        handle.attach(CustomerDao.class).keptCustomers().forEach((merged, kept) -> {
            if (kept == customerId) {
                ids.add(merged);
            }
        });
        return ids;
    }

    /** A sheet read: its column names in query order, and its rows. */
    public record Table(List<String> columns, List<List<Object>> rows) {
    }

    /**
     * The sheet for these customers: text as {@code String}, amounts as {@code BigDecimal}, dates and times as
     * {@code LocalDate} and {@code LocalDateTime}, yes/no as {@code Boolean}, counts as numbers, nothing as
     * {@code null}. The columns are there without rows too, so an empty sheet still says what it would hold.
     */
    public Table read(Handle handle, List<Long> customerIds) {
        return handle.createQuery(sql).bindList("ids", customerIds).scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(value(rs.getObject(i)));
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        });
    }

    private static Object value(Object stored) {
        if (stored instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (stored instanceof Date d) {
            return d.toLocalDate();
        }
        return stored;
    }
}
