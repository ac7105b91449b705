package de.stammkunde.data.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.customers.SearchableRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerDaoTest {

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

    private static Customer insert(Database db, CustomerDetails details) {
        return db.jdbi().inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            String number = dao.allocateNumbers(1).get(0);
            return dao.findById(dao.insert(new NewCustomer(number, details, false, NOW))).orElseThrow();
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void customerWithTagsAndConsentsReadsBackEqual(Database db) {
        Customer stored = insert(db, Customers.anna());

        assertEquals(Customers.anna(), stored.details());
        assertEquals("100001", stored.number());
        assertEquals(NOW, stored.createdAt());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void staleUpdateIsRefusedAndChangesNothing(Database db) {
        Customer stored = insert(db, Customers.anna());
        CustomerDao dao = db.jdbi().onDemand(CustomerDao.class);
        assertTrue(dao.update(stored, stored.details().toBuilder().city("Bonn").build(), NOW));

        boolean second = dao.update(stored, stored.details().toBuilder().city("Berlin").build(), NOW);

        assertFalse(second);
        assertEquals("Bonn", dao.findById(stored.id()).orElseThrow().details().city());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void allocatedNumbersSkipNumbersAnImportBroughtIn(Database db) {
        db.jdbi().useTransaction(h -> h.attach(CustomerDao.class)
                .insert(new NewCustomer("100002", Customers.named("Eva", "Import"), false, NOW)));

        List<String> numbers = db.jdbi().inTransaction(h -> h.attach(CustomerDao.class).allocateNumbers(3));

        assertEquals(List.of("100001", "100003", "100004"), numbers);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void batchInsertReturnsIdsInOrderWithTagsAndConsents(Database db) {
        List<NewCustomer> batch = List.of(
                new NewCustomer("200001", Customers.anna(), false, NOW),
                new NewCustomer("200002", Customers.named("Ben", "Bauer"), true, NOW));

        long[] ids = db.jdbi().inTransaction(h -> h.attach(CustomerDao.class).insertAll(batch));

        CustomerDao dao = db.jdbi().onDemand(CustomerDao.class);
        assertEquals(Customers.anna(), dao.findById(ids[0]).orElseThrow().details());
        assertTrue(dao.findById(ids[1]).orElseThrow().archived());
        List<CustomerListRow> rows = dao.listRows().stream().map(SearchableRow::row).toList();
        CustomerListRow anna = rows.stream().filter(r -> r.id() == ids[0]).findFirst().orElseThrow();
        assertEquals(List.of("Vollkorn", "Kaffee"), anna.tags());
        assertTrue(anna.hasConsent(ConsentChannel.EMAIL));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sqlSearchFindsByFoldedNameAndPhoneDigits(Database db) {
        Customer anna = insert(db, Customers.anna());
        insert(db, Customers.named("Bernd", "Mueller-Lüdenscheidt"));
        insert(db, Customers.named("Carla", "Schmidt"));
        CustomerDao dao = db.jdbi().onDemand(CustomerDao.class);

        assertEquals(2, dao.searchIds(CustomerQuery.text("müller")).size());
        assertEquals(List.of(anna.id()), dao.searchIds(CustomerQuery.text("+49 171 2345678")));
        assertEquals(List.of(anna.id()), dao.searchIds(CustomerQuery.text("anna mül")));
        assertEquals(List.of(), dao.searchIds(CustomerQuery.text("100%")));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listRowsReadPastEveryPageInTagOrderWithoutMergedCustomers(Database db) {
        List<NewCustomer> batch = new ArrayList<>();
        batch.add(new NewCustomer("300000", Customers.anna(), false, NOW));
        for (int i = 1; i <= 10_050; i++) {
            batch.add(new NewCustomer(Integer.toString(300_000 + i), Customers.named("Kim", "Page" + i), false, NOW));
        }
        long[] ids = db.jdbi().inTransaction(h -> h.attach(CustomerDao.class).insertAll(batch));
        long merged = ids[10_000];
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE customer SET merged_into_id = ? WHERE id = ?", ids[0], merged);
            // the tags' order is their position, not the order the database happens to return them in
            h.execute("UPDATE customer_tag SET position = 1 - position WHERE customer_id = ?", ids[0]);
        });

        List<CustomerListRow> rows = db.jdbi().onDemand(CustomerDao.class).listRows().stream()
                .map(SearchableRow::row).toList();

        assertEquals(10_050, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.id() == merged));
        assertEquals(ids[10_050], rows.get(rows.size() - 1).id(), "the last page too");
        assertEquals(List.of("Kaffee", "Vollkorn"), rows.get(0).tags());
    }
}
