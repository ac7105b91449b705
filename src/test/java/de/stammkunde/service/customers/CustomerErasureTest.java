package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.MovableClock;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.purchases.PurchaseImportDao;
import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.counter.CounterService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Erasing a customer's personal data (GDPR): nothing that says who they were stays, the figures do. */
class CustomerErasureTest {

    /** The customer columns an erasure keeps: no person can be told from them. */
    private static final Set<String> KEPT = Set.of("id", "customer_number", "gender", "country", "status", "archived",
            "merged_into_id", "created_at", "updated_at", "version", "erased_at");
    private static final String REASON = "Kundendaten gelöscht (DSGVO)";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"),
            ZoneId.of("Europe/Berlin"));
    private AppContext app;

    static Stream<Database> databases() {
        return TestDatabases.all().stream();
    }

    private CustomerService customers(Database db) {
        app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN), clock);
        return app.customers();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private void sale(long customerId, String total) {
        app.sales().record(new SaleDraft(customerId, new BigDecimal(total), List.of(), "B-1", PaymentMethod.CASH,
                null, "", 0));
    }

    /** Every column of the customer's row, by lower-case name. */
    private static Map<String, Object> row(Database db, long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM customer WHERE id = :id").bind("id", id)
                .mapToMap().one());
    }

    private static int count(Database db, String table, long customerId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE customer_id = :id")
                .bind("id", customerId).mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyFieldThatSaysWhoTheyWereIsBlankAndThePurchasesStay(Database db) {
        CustomerService service = customers(db);
        Customer anna = service.create(Customers.anna());
        sale(anna.id(), "50.00");
        Customer archived = service.setArchived(service.find(anna.id()).orElseThrow(), true);

        service.erase(archived, REASON);

        Map<String, Object> row = row(db, anna.id());
        row.forEach((column, value) -> {
            if (!KEPT.contains(column.toLowerCase(Locale.ROOT))) {
                assertTrue(value == null || value.toString().isEmpty(), column + " still holds " + value);
            }
        });
        assertEquals(anna.number(), row.get("customer_number"), "the number stays and is never handed out again");
        assertNotNull(row.get("erased_at"));
        assertEquals(0, count(db, "customer_tag", anna.id()), "interests");
        assertEquals(0, count(db, "customer_consent", anna.id()), "consents");
        assertEquals(1, count(db, "purchase", anna.id()), "the sale stays for the figures");
        BigDecimal total = db.jdbi().withHandle(h -> h.createQuery("SELECT SUM(total) FROM purchase")
                .mapTo(BigDecimal.class).one());
        assertEquals(0, new BigDecimal("50.00").compareTo(total));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theCardIsBlockedAndThePointsAreBookedOffWithTheReason(Database db) {
        CustomerService service = customers(db);
        Customer anna = service.create(Customers.anna());
        Card card = app.cards().issue(anna.id());
        sale(anna.id(), "50.00");

        service.erase(service.find(anna.id()).orElseThrow(), REASON);

        assertInstanceOf(CounterService.Resolution.BlockedCard.class, app.counter().resolve(card.number(), null),
                "a scan of the card says blocked card, and leads nowhere");
        assertEquals(0, app.loyalty().balance(anna.id()).points());
        PointsEntry last = app.loyalty().lines(anna.id()).stream().map(PointsLine::entry).toList().get(0);
        assertEquals(PointsKind.CORRECTION, last.kind());
        assertEquals(-50, last.points());
        assertEquals(REASON, last.reason());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anErasedCustomerIsFoundByNothing(Database db) {
        CustomerService service = customers(db);
        Customer anna = service.create(Customers.anna());

        service.erase(anna, REASON);

        assertEquals(List.of(), service.index().search(CustomerQuery.all().withFilters(null, null, null,
                ArchiveFilter.ALL)), "not in the list, not among the archived");
        service.loadIndex();
        assertEquals(0, service.index().size(), "nor after a new start");
        assertTrue(service.findByNumber(anna.number()).isEmpty(), "the number typed at the counter finds nobody");
        assertInstanceOf(CounterService.Resolution.Search.class, app.counter().resolve(anna.number(), null));
        assertEquals(List.of(), service.duplicates(Customers.anna(), 0), "the same person registering anew");
        CustomerQuery everyone = CustomerQuery.all().withFilters(null, null, null, ArchiveFilter.ALL);
        long exported = db.jdbi().withExtension(CustomerDao.class, dao -> dao.countMatching(everyone));
        assertEquals(0, exported, "the export");
        db.jdbi().useExtension(PurchaseImportDao.class, dao -> {
            assertTrue(dao.customerByNumber(anna.number()).isEmpty(), "a POS export's row with the old number");
            assertEquals(List.of(), dao.emailOwners());
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCustomerMergedIntoTheErasedOneIsErasedAsWell(Database db) {
        CustomerService service = customers(db);
        Customer anna = service.create(Customers.anna());
        Customer old = service.create(Customers.named("Anna", "Mueller-Schmitz"));
        service.merge(anna.id(), old.id());

        service.erase(service.find(anna.id()).orElseThrow(), REASON);

        Map<String, Object> row = row(db, old.id());
        assertEquals("", row.get("last_name"), "the old record's name went with the one it was merged into");
        assertNotNull(row.get("erased_at"));
        assertTrue(service.findByNumber(old.number()).isEmpty(), "the old number leads nowhere");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCustomerChangedMeanwhileIsNotErased(Database db) {
        CustomerService service = customers(db);
        Customer anna = service.create(Customers.anna());
        service.update(anna, Customers.anna().toBuilder().notes("Ruft zurück").build());

        assertThrows(ConcurrentEditException.class, () -> service.erase(anna, REASON),
                "the owner looked at an older state: they see the new one first");

        assertEquals("Müller", row(db, anna.id()).get("last_name"));
        assertNull(row(db, anna.id()).get("erased_at"));
        assertEquals(1, service.index().size());
    }
}
