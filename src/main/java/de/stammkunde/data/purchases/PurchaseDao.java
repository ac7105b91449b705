package de.stammkunde.data.purchases;

import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.YearSum;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Purchases with their items. Multi-statement work runs in the caller's transaction. */
@RegisterRowMapper(PurchaseMapper.class)
public interface PurchaseDao extends MergeLinks {

    String SELECT = """
            SELECT p.*, c.code AS coupon_code, r.id AS refunded_by_id
            FROM purchase p
            LEFT JOIN coupon c ON c.id = p.coupon_id
            LEFT JOIN purchase r ON r.refund_of_id = p.id
            """;

    String INSERT = """
            INSERT INTO purchase (customer_id, kind, purchased_at, receipt_number, total, paid, payment_method,
                refund_of_id, note, source, created_by, created_at)
            VALUES (:customerId, :kind, :purchasedAt, :receiptNumber, :total, :paid, :paymentMethod,
                :refundOfId, :note, :source, :createdBy, :createdAt)""";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods NewPurchase purchase);

    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<NewPurchase> purchases);

    @SqlBatch("""
            INSERT INTO purchase_item (purchase_id, line_no, description, quantity, unit_price, line_total)
            VALUES (:purchaseId, :lineNo, :i.description, :i.quantity, :i.unitPrice, :i.lineTotal)""")
    void insertItems(@Bind("purchaseId") List<Long> purchaseIds, @Bind("lineNo") List<Integer> lineNos,
            @BindMethods("i") List<PurchaseItem> items);

    /** Inserts a purchase with its items; returns its id. */
    default long insert(NewPurchase purchase) {
        long id = insertRow(purchase);
        insertNewItemsOf(new long[] {id}, List.of(purchase));
        return id;
    }

    /** Inserts many purchases (import, demo data) in batches; ids in the same order. */
    default long[] insertAll(List<NewPurchase> purchases) {
        if (purchases.isEmpty()) {
            return new long[0];
        }
        long[] ids = insertRows(purchases);
        insertNewItemsOf(ids, purchases);
        return ids;
    }

    @SqlBatch("""
            INSERT INTO purchase (customer_id, kind, purchased_at, receipt_number, total, coupon_discount,
                points_discount, paid, payment_method, points_earned, points_redeemed, coupon_id, free_item,
                refund_of_id, note, source, created_by, created_at)
            VALUES (:customerId, :kind, :purchasedAt, :receiptNumber, :total, :couponDiscount,
                :pointsDiscount, :paid, :paymentMethod, :pointsEarned, :pointsRedeemed, :couponId, :freeItem,
                :refundOfId, :note, :source, :createdBy, :createdAt)""")
    @GetGeneratedKeys("id")
    long[] insertBookedRows(@BindMethods List<Purchase> purchases, @Bind("createdAt") LocalDateTime createdAt);

    /**
     * Inserts purchases whose discounts and points are already known (demo data, imports that book
     * points), with their items; the records' ids are ignored. Ids in the same order.
     */
    default long[] insertAllBooked(List<Purchase> purchases, LocalDateTime createdAt) {
        if (purchases.isEmpty()) {
            return new long[0];
        }
        long[] ids = insertBookedRows(purchases, createdAt);
        insertItemsOf(ids, purchases.stream().map(Purchase::items).toList());
        return ids;
    }

    private void insertNewItemsOf(long[] ids, List<NewPurchase> purchases) {
        insertItemsOf(ids, purchases.stream().map(NewPurchase::items).toList());
    }

    private void insertItemsOf(long[] ids, List<List<PurchaseItem>> itemLists) {
        List<Long> purchaseIds = new ArrayList<>();
        List<Integer> lineNos = new ArrayList<>();
        List<PurchaseItem> items = new ArrayList<>();
        for (int p = 0; p < itemLists.size(); p++) {
            List<PurchaseItem> own = itemLists.get(p);
            for (int line = 0; line < own.size(); line++) {
                purchaseIds.add(ids[p]);
                lineNos.add(line + 1);
                items.add(own.get(line));
            }
        }
        if (!items.isEmpty()) {
            insertItems(purchaseIds, lineNos, items);
        }
    }

    /** What the sale booked after the purchase row existed: discounts, points, the coupon. */
    @SqlUpdate("""
            UPDATE purchase SET coupon_discount = :couponDiscount, points_discount = :pointsDiscount, paid = :paid,
                points_earned = :pointsEarned, points_redeemed = :pointsRedeemed, coupon_id = :couponId,
                free_item = :freeItem
            WHERE id = :id""")
    void updateOutcome(@Bind("id") long id, @Bind("couponDiscount") BigDecimal couponDiscount,
            @Bind("pointsDiscount") BigDecimal pointsDiscount, @Bind("paid") BigDecimal paid,
            @Bind("pointsEarned") int pointsEarned, @Bind("pointsRedeemed") int pointsRedeemed,
            @Bind("couponId") Long couponId, @Bind("freeItem") String freeItem);

    /** The points an imported purchase earned, to be noted with others by {@link #updateEarned}. */
    record Earned(long id, BigDecimal paid, int pointsEarned) {
    }

    /** As {@link #updateOutcome} with no discount, coupon or free item, for many purchases in one batch. */
    @SqlBatch("""
            UPDATE purchase SET coupon_discount = 0, points_discount = 0, paid = :paid,
                points_earned = :pointsEarned, points_redeemed = 0, coupon_id = NULL, free_item = ''
            WHERE id = :id""")
    void updateEarned(@BindMethods List<Earned> earned);

    /** A refund row's own mirror of the original's amounts and points. */
    @SqlUpdate("""
            UPDATE purchase SET coupon_discount = :o.couponDiscount * -1, points_discount = :o.pointsDiscount * -1,
                points_earned = :earned, points_redeemed = :redeemed, coupon_id = :o.couponId
            WHERE id = :id""")
    void mirrorRefund(@Bind("id") long refundId, @BindMethods("o") Purchase original, @Bind("earned") int earned,
            @Bind("redeemed") int redeemed);

    @SqlQuery(SELECT + "WHERE p.id = :id")
    Optional<Purchase> findRow(@Bind("id") long id);

    @SqlQuery(SELECT + "WHERE p.customer_id = :customerId ORDER BY p.purchased_at DESC, p.id DESC")
    List<Purchase> rowsOf(@Bind("customerId") long customerId);

    @SqlQuery(SELECT + """
            WHERE p.customer_id = :customerId ORDER BY p.purchased_at DESC, p.id DESC
            FETCH FIRST :limit ROWS ONLY""")
    List<Purchase> lastRowsOf(@Bind("customerId") long customerId, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT purchase_id, description, quantity, unit_price
            FROM purchase_item WHERE purchase_id IN (<ids>) ORDER BY purchase_id, line_no""")
    @RegisterConstructorMapper(ItemRow.class)
    List<ItemRow> itemRows(@BindList("ids") Collection<Long> purchaseIds);

    /** An item with the purchase it belongs to. */
    record ItemRow(long purchaseId, String description, BigDecimal quantity, BigDecimal unitPrice) {
    }

    default Optional<Purchase> find(long id) {
        return findRow(id).map(p -> withItems(List.of(p)).get(0));
    }

    /** The customer's purchases and refunds, newest first, with their items. */
    default List<Purchase> history(long customerId) {
        return withItems(rowsOf(customerId));
    }

    default List<Purchase> last(long customerId, int limit) {
        return withItems(lastRowsOf(customerId, limit));
    }

    private List<Purchase> withItems(List<Purchase> purchases) {
        if (purchases.isEmpty()) {
            return purchases;
        }
        Map<Long, List<PurchaseItem>> items = new HashMap<>();
        List<Long> ids = purchases.stream().map(Purchase::id).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (ItemRow row : itemRows(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                items.computeIfAbsent(row.purchaseId(), k -> new ArrayList<>())
                        .add(new PurchaseItem(row.description(), row.quantity(), row.unitPrice()));
            }
        }
        List<Purchase> result = new ArrayList<>(purchases.size());
        for (Purchase p : purchases) {
            result.add(new Purchase(p.id(), p.customerId(), p.kind(), p.purchasedAt(), p.receiptNumber(), p.total(),
                    p.couponDiscount(), p.pointsDiscount(), p.paid(), p.paymentMethod(), p.pointsEarned(),
                    p.pointsRedeemed(), p.couponId(), p.couponCode(), p.freeItem(), p.refundOfId(),
                    p.refundedById(), p.note(), p.source(), p.createdBy(), items.getOrDefault(p.id(), List.of())));
        }
        return result;
    }

    /**
     * The points lapsed of each of the customer's purchases, by purchase id: the ledger's EXPIRE rows name the
     * purchase whose lot they close (a sale entered afterwards, older than the rules' months, lapses at once).
     */
    @SqlQuery("""
            SELECT e.purchase_id, -SUM(e.points) AS points
            FROM points_entry e JOIN purchase p ON p.id = e.purchase_id
            WHERE p.customer_id = :customerId AND e.kind = 'EXPIRE'
            GROUP BY e.purchase_id""")
    @KeyColumn("purchase_id")
    @ValueColumn("points")
    Map<Long, Integer> lapsedPoints(@Bind("customerId") long customerId);

    /**
     * Sums per calendar year, newest first; a refund counts against the year of the sale it takes back
     * (a January refund of a December sale made "-1 purchases" of the new year), one without a sale
     * against its own.
     */
    @SqlQuery("""
            SELECT EXTRACT(YEAR FROM COALESCE(s.purchased_at, p.purchased_at)) AS y,
                   SUM(CASE WHEN p.kind = 'SALE' THEN 1 ELSE 0 END)
                       - SUM(CASE WHEN p.kind = 'REFUND' THEN 1 ELSE 0 END) AS n,
                   SUM(p.total) AS total, SUM(p.paid) AS paid
            FROM purchase p LEFT JOIN purchase s ON s.id = p.refund_of_id
            WHERE p.customer_id = :customerId
            GROUP BY EXTRACT(YEAR FROM COALESCE(s.purchased_at, p.purchased_at)) ORDER BY y DESC""")
    @RegisterConstructorMapper(YearRow.class)
    List<YearRow> yearRows(@Bind("customerId") long customerId);

    /** A row of {@link #yearRows}. */
    record YearRow(int y, int n, BigDecimal total, BigDecimal paid) {
    }

    default List<YearSum> yearSums(long customerId) {
        return yearRows(customerId).stream().map(r -> new YearSum(r.y(), r.n(), r.total(), r.paid())).toList();
    }

    @SqlUpdate("UPDATE purchase SET customer_id = :to WHERE customer_id = :from")
    int moveCustomer(@Bind("from") long fromCustomerId, @Bind("to") long toCustomerId);

    @SqlQuery("SELECT COUNT(*) FROM purchase WHERE receipt_number = :receipt AND receipt_number <> ''")
    int countByReceipt(@Bind("receipt") String receiptNumber);

    @SqlQuery("SELECT MAX(purchased_at) FROM purchase WHERE customer_id = :customerId AND kind = 'SALE'")
    Optional<LocalDateTime> lastPurchaseAt(@Bind("customerId") long customerId);
}
