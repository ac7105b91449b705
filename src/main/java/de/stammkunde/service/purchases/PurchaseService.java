package de.stammkunde.service.purchases;

import de.stammkunde.data.purchases.PurchaseDao;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.YearSum;
import de.stammkunde.service.MergeParticipant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reading a customer's purchase history; a customer merge moves the purchases along. */
public final class PurchaseService implements MergeParticipant {

    private final Jdbi jdbi;

    public PurchaseService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Every purchase and refund of the customer, newest first, with items. A customer merged into
     * another (while its history was on screen) has the kept one's purchases, as in the points account.
     */
    public List<Purchase> history(long customerId) {
        return jdbi.withExtension(PurchaseDao.class, dao -> dao.history(dao.current(customerId).orElse(customerId)));
    }

    public List<Purchase> last(long customerId, int limit) {
        return jdbi.withExtension(PurchaseDao.class, dao -> dao.last(dao.current(customerId).orElse(customerId), limit));
    }

    public List<YearSum> yearSums(long customerId) {
        return jdbi.withExtension(PurchaseDao.class, dao -> dao.yearSums(dao.current(customerId).orElse(customerId)));
    }

    /** The points lapsed of each of the customer's purchases (by purchase id), as the ledger booked them. */
    public Map<Long, Integer> lapsedPoints(long customerId) {
        return jdbi.withExtension(PurchaseDao.class,
                dao -> dao.lapsedPoints(dao.current(customerId).orElse(customerId)));
    }

    public Optional<Purchase> find(long purchaseId) {
        return jdbi.withExtension(PurchaseDao.class, dao -> dao.find(purchaseId));
    }

    /** All purchases and refunds in the database. */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM purchase").mapTo(Long.class).one());
    }

    @Override
    public Set<String> columns() {
        return Set.of("purchase.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        handle.attach(PurchaseDao.class).moveCustomer(fromCustomerId, toCustomerId);
    }
}
