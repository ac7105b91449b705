package de.stammkunde.service.demo;

import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.data.demo.DemoRowsDao;
import de.stammkunde.data.purchases.PurchaseDao;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.service.Progress;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.customers.CustomerService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the database with realistic demo customers, in batches of {@value #BATCH} per transaction,
 * then reloads the search index once. Later features add their own demo rows here.
 */
public final class DemoDataService {

    static final int BATCH = 2000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private final LoyaltyService loyalty;

    public DemoDataService(Jdbi jdbi, Clock clock, CustomerService customers, LoyaltyService loyalty) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
        this.loyalty = loyalty;
    }

    /** How many purchases a demo customer has on average unless told otherwise. */
    public static final double DEFAULT_PURCHASES_PER_CUSTOMER = 8;

    /** Creates {@code count} customers with purchase histories of the default length. */
    public int createCustomers(int count, long seed, Progress progress) {
        return create(count, seed, DEFAULT_PURCHASES_PER_CUSTOMER, progress);
    }

    /**
     * Creates {@code count} customers, each with a purchase history (about {@code purchasesPerCustomer}
     * on average; 0 for none), points earned and sometimes redeemed on them. The same seed gives the
     * same data. Returns how many customers.
     */
    public int create(int count, long seed, double purchasesPerCustomer, Progress progress) {
        if (count < 0 || purchasesPerCustomer < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        DemoCustomers generator = new DemoCustomers(seed, today);
        DemoPurchases purchases = new DemoPurchases(seed, now, purchasesPerCustomer);
        PointsRules rules = loyalty.rules();
        int done = 0;
        while (done < count) {
            progress.checkCancelled();
            int size = Math.min(BATCH, count - done);
            List<CustomerDetails> details = generator.next(size);
            jdbi.useTransaction(h -> {
                CustomerDao dao = h.attach(CustomerDao.class);
                List<String> numbers = dao.allocateNumbers(size);
                List<NewCustomer> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(new NewCustomer(numbers.get(i), details.get(i), false, now));
                }
                long[] ids = dao.insertAll(batch);
                bookHistories(h, ids, purchases, rules, now);
            });
            done += size;
            progress.update(done, count);
        }
        customers.loadIndex();
        return done;
    }

    /** Purchases and their points for a batch of new customers, in the batch's transaction. */
    private static void bookHistories(Handle h, long[] customerIds, DemoPurchases generator, PointsRules rules,
            LocalDateTime now) {
        List<Purchase> sales = new ArrayList<>();
        DemoPoints points = new DemoPoints(rules, generator);
        for (long customerId : customerIds) {
            for (DemoPurchases.Sale sale : generator.history(generator.profile())) {
                sales.add(points.book(customerId, sale));
            }
            points.closeCustomer(customerId);
        }
        long[] purchaseIds = h.attach(PurchaseDao.class).insertAllBooked(sales, now);
        DemoRowsDao rows = h.attach(DemoRowsDao.class);
        rows.insertPoints(points.ledger(purchaseIds));
        rows.insertAccounts(points.accountCustomers(), points.accountBalances());
    }
}
