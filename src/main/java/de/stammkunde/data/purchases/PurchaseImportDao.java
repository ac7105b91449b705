package de.stammkunde.data.purchases;

import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.domain.purchases.PurchaseItem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the import of a till's export asks the database: whose customer number, card or e-mail a
 * row names, whether its receipt is stored already, and replacing an imported purchase.
 */
public interface PurchaseImportDao extends MergeLinks {

    /** A customer an import row names; a merged-away customer's number leads to the one it was merged into. */
    record CustomerRef(long id, String customerNumber) {
    }

    /** The owner of a card; {@code blockedAt} is set for a blocked (lost) card. */
    record CardOwner(long customerId, String customerNumber, LocalDateTime blockedAt) {
    }

    /** A sale stored under a receipt number; {@code refundId} is set when it was refunded. */
    record StoredReceipt(long id, String source, int pointsEarned, Long refundId, LocalDateTime purchasedAt,
            BigDecimal total, String paymentMethod) {
    }

    /** A stored sale's items, in their order. */
    @SqlQuery("SELECT description, quantity, unit_price FROM purchase_item WHERE purchase_id = :id ORDER BY line_no")
    @RegisterConstructorMapper(PurchaseItem.class)
    List<PurchaseItem> items(@Bind("id") long purchaseId);

    @SqlQuery("""
            SELECT COALESCE(m.id, c.id) AS id, COALESCE(m.customer_number, c.customer_number) AS customer_number
            FROM customer c LEFT JOIN customer m ON m.id = c.merged_into_id
            WHERE c.customer_number = :number AND c.erased_at IS NULL AND m.erased_at IS NULL""")
    @RegisterConstructorMapper(CustomerRef.class)
    Optional<CustomerRef> customerByNumber(@Bind("number") String number);

    /** A customer with an e-mail address ({@code emailNorm}: {@code Text.emailKey}). */
    record EmailOwner(long id, String customerNumber, String emailNorm) {
    }

    /** All customers with an e-mail address: the e-mail key has no index, a file's rows are matched in memory. */
    @SqlQuery("""
            SELECT id, customer_number, email_norm FROM customer
            WHERE email_norm <> '' AND merged_into_id IS NULL AND erased_at IS NULL ORDER BY id""")
    @RegisterConstructorMapper(EmailOwner.class)
    List<EmailOwner> emailOwners();

    @SqlQuery("""
            SELECT k.customer_id, c.customer_number, k.blocked_at
            FROM customer_card k JOIN customer c ON c.id = k.customer_id
            WHERE k.card_number = :number""")
    @RegisterConstructorMapper(CardOwner.class)
    Optional<CardOwner> cardOwner(@Bind("number") String cardNumber);

    @SqlQuery("""
            SELECT p.id, p.source, p.points_earned, r.id AS refund_id, p.purchased_at, p.total, p.payment_method
            FROM purchase p LEFT JOIN purchase r ON r.refund_of_id = p.id
            WHERE p.customer_id = :customerId AND p.receipt_number = :receipt AND p.kind = 'SALE'
            ORDER BY p.id""")
    @RegisterConstructorMapper(StoredReceipt.class)
    List<StoredReceipt> storedReceipts(@Bind("customerId") long customerId, @Bind("receipt") String receipt);

    /**
     * Replaces an imported purchase's date, amount and payment; 0 when it is no longer an imported,
     * point-free, unrefunded sale (changed at the counter meanwhile).
     */
    @SqlUpdate("""
            UPDATE purchase SET purchased_at = :at, total = :total, paid = :total, payment_method = :payment
            WHERE id = :id AND source = 'IMPORT' AND points_earned = 0
              AND NOT EXISTS (SELECT 1 FROM purchase r WHERE r.refund_of_id = :id)""")
    int replaceImported(@Bind("id") long id, @Bind("at") LocalDateTime at, @Bind("total") BigDecimal total,
            @Bind("payment") String paymentMethod);

    @SqlUpdate("DELETE FROM purchase_item WHERE purchase_id = :id")
    int deleteItems(@Bind("id") long purchaseId);
}
