package de.stammkunde.data.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseSource;
import de.stammkunde.domain.purchases.YearSum;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PurchaseDaoTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 30);
    private static final List<Database> OPEN = new ArrayList<>();

    static Stream<Database> databases() {
        List<Database> dbs = TestDatabases.all();
        OPEN.addAll(dbs);
        return dbs.stream();
    }

    @AfterAll
    static void close() {
        OPEN.forEach(Database::close);
    }

    private static long customer(Database db) {
        return db.jdbi().inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            return dao.insert(new NewCustomer(dao.allocateNumbers(1).get(0), Customers.anna(), false, NOW));
        });
    }

    private static NewPurchase sale(long customerId, LocalDateTime at, String total, List<PurchaseItem> items) {
        BigDecimal amount = new BigDecimal(total);
        return new NewPurchase(customerId, PurchaseKind.SALE, at, "B-1", amount, amount, PaymentMethod.GIROCARD, null,
                "", PurchaseSource.COUNTER, "test", NOW, items);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPurchaseReadsBackWithItsLinesInOrder(Database db) {
        long customer = customer(db);
        List<PurchaseItem> items = List.of(new PurchaseItem("Brötchen", new BigDecimal("6.000"), new BigDecimal("0.45")),
                new PurchaseItem("Kuchen", new BigDecimal("1.000"), new BigDecimal("3.20")));

        long id = db.jdbi().inTransaction(h -> h.attach(PurchaseDao.class).insert(sale(customer, NOW, "5.90", items)));
        Purchase stored = db.jdbi().withExtension(PurchaseDao.class, dao -> dao.find(id)).orElseThrow();

        assertEquals(new BigDecimal("5.90"), stored.total());
        assertEquals(PaymentMethod.GIROCARD, stored.paymentMethod());
        assertEquals(List.of("Brötchen", "Kuchen"), stored.items().stream().map(PurchaseItem::description).toList());
        assertEquals(0, new BigDecimal("0.45").compareTo(stored.items().get(0).unitPrice()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundInJanuaryOfADecemberSaleNetsInTheSalesYear(Database db) {
        // The history said "2027: -1 Einkäufe · -20,00 €" above "2026: 2 Einkäufe · 30,00 €".
        long customer = customer(db);
        LocalDateTime december = LocalDateTime.of(2026, 12, 20, 11, 0);
        LocalDateTime january = LocalDateTime.of(2027, 1, 3, 9, 15);
        long[] ids = db.jdbi().inTransaction(h -> h.attach(PurchaseDao.class).insertAll(List.of(
                sale(customer, december.minusDays(1), "10.00", List.of()),
                sale(customer, december, "20.00", List.of()))));
        db.jdbi().useTransaction(h -> h.attach(PurchaseDao.class).insert(new NewPurchase(customer, PurchaseKind.REFUND,
                january, "B-1", new BigDecimal("-20.00"), new BigDecimal("-20.00"), PaymentMethod.CASH, ids[1],
                "kaputt", PurchaseSource.COUNTER, "test", january, List.of())));

        List<YearSum> years = db.jdbi().withExtension(PurchaseDao.class, dao -> dao.yearSums(customer));

        assertEquals(List.of(new YearSum(2026, 1, new BigDecimal("10.00"), new BigDecimal("10.00"))), years);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void historyIsNewestFirstAndYearSumsNetRefunds(Database db) {
        long customer = customer(db);
        long[] ids = db.jdbi().inTransaction(h -> h.attach(PurchaseDao.class).insertAll(List.of(
                sale(customer, NOW.minusYears(1), "10.00", List.of()),
                sale(customer, NOW.minusDays(3), "20.00", List.of()),
                sale(customer, NOW, "30.00", List.of()))));
        db.jdbi().useTransaction(h -> h.attach(PurchaseDao.class).insert(new NewPurchase(customer, PurchaseKind.REFUND,
                NOW, "B-1", new BigDecimal("-20.00"), new BigDecimal("-20.00"), PaymentMethod.CASH, ids[1], "kaputt",
                PurchaseSource.COUNTER, "test", NOW, List.of())));

        List<Purchase> history = db.jdbi().withExtension(PurchaseDao.class, dao -> dao.history(customer));
        List<YearSum> years = db.jdbi().withExtension(PurchaseDao.class, dao -> dao.yearSums(customer));

        assertEquals(4, history.size());
        assertTrue(history.stream().filter(p -> p.id() == ids[1]).findFirst().orElseThrow().isRefunded());
        assertEquals(ids[0], history.get(3).id());
        assertEquals(List.of(new YearSum(2026, 1, new BigDecimal("30.00"), new BigDecimal("30.00")),
                new YearSum(2025, 1, new BigDecimal("10.00"), new BigDecimal("10.00"))), years);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPurchaseCanBeRefundedOnlyOnce(Database db) {
        long customer = customer(db);
        long id = db.jdbi().inTransaction(h -> h.attach(PurchaseDao.class).insert(sale(customer, NOW, "5.00", List.of())));
        NewPurchase refund = new NewPurchase(customer, PurchaseKind.REFUND, NOW, "", new BigDecimal("-5.00"),
                new BigDecimal("-5.00"), PaymentMethod.CASH, id, "", PurchaseSource.COUNTER, "test", NOW, List.of());
        db.jdbi().useTransaction(h -> h.attach(PurchaseDao.class).insert(refund));

        assertThrows(JdbiException.class,
                () -> db.jdbi().useTransaction(h -> h.attach(PurchaseDao.class).insert(refund)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lastPurchasesAreLimited(Database db) {
        long customer = customer(db);
        List<NewPurchase> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.add(sale(customer, NOW.minusDays(i), "1.00", List.of()));
        }
        db.jdbi().useTransaction(h -> h.attach(PurchaseDao.class).insertAll(many));

        List<Purchase> last = db.jdbi().withExtension(PurchaseDao.class, dao -> dao.last(customer, 10));

        assertEquals(10, last.size());
        assertEquals(NOW, last.get(0).purchasedAt());
    }
}
