package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.service.demo.DemoDataService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The in-memory search must answer exactly what the SQL query answers, for any text, filter and order. */
class CustomerIndexTest {

    private static Database db;
    private static CustomerService service;

    @BeforeAll
    static void fill() {
        db = TestDatabases.h2();
        service = new CustomerService(db.jdbi(), CustomerServiceTest.CLOCK, new CustomerIndex(), List.of());
        new DemoDataService(db.jdbi(), CustomerServiceTest.CLOCK, service, new LoyaltyService(db.jdbi(),
                CustomerServiceTest.CLOCK, new SettingsService(db.jdbi()), new Workplace("test", "")), null, null, null)
                .create(3000, 7, 0, Progress.NONE);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static List<CustomerQuery> queries() {
        CustomerQuery all = CustomerQuery.all();
        return List.of(all,
                CustomerQuery.text("m"),
                CustomerQuery.text("mül"),
                CustomerQuery.text("Müller a"),
                CustomerQuery.text("0151"),
                CustomerQuery.text("@web.de"),
                CustomerQuery.text("1000"),
                CustomerQuery.text("gmbh"),
                all.withFilters(CustomerStatus.LOST, null, null, ArchiveFilter.ALL),
                all.withFilters(null, "Kaffee", null, ArchiveFilter.ACTIVE_ONLY),
                all.withFilters(null, null, ConsentChannel.EMAIL, ArchiveFilter.ACTIVE_ONLY).withText("a"),
                all.withSort(SortKey.CITY, false),
                CustomerQuery.text("e").withSort(SortKey.NUMBER, true),
                CustomerQuery.text("e").withSort(SortKey.STATUS, false));
    }

    /** Every column in both directions: the export (SQL) lists in the order the list shows. */
    static List<CustomerQuery> sorts() {
        List<CustomerQuery> sorts = new ArrayList<>();
        for (SortKey key : SortKey.values()) {
            sorts.add(CustomerQuery.all().withSort(key, true));
            sorts.add(CustomerQuery.all().withSort(key, false));
        }
        return sorts;
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void eachOrderIsTheDatabasesWithEmptyValuesLast(CustomerQuery query) {
        List<CustomerListRow> fromIndex = service.index().search(query);
        List<Long> fromSql = db.jdbi().withExtension(CustomerDao.class, dao -> dao.searchIds(query));

        assertEquals(fromSql, fromIndex.stream().map(CustomerListRow::id).toList());
        List<Boolean> empty = fromIndex.stream().map(row -> query.sort().keyOf(row).isEmpty()).toList();
        int firstEmpty = empty.indexOf(true);
        assertTrue(firstEmpty != 0, "a customer with a value comes first, not a blank");
        assertTrue(firstEmpty < 0 || !empty.subList(firstEmpty, empty.size()).contains(false),
                "nothing with a value after the first blank");
    }

    @Test
    void theDemoDataHasBlanksInTheColumnsSortedByThem() {
        // Guards the comparison above against passing on columns everyone has filled in.
        List<CustomerListRow> all = service.index().search(CustomerQuery.all());
        for (SortKey key : List.of(SortKey.COMPANY, SortKey.POSTCODE, SortKey.CITY, SortKey.EMAIL)) {
            assertTrue(all.stream().anyMatch(row -> key.keyOf(row).isEmpty()), key.name());
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void indexAnswersLikeTheDatabase(CustomerQuery query) {
        List<Long> fromIndex = service.index().search(query).stream().map(CustomerListRow::id).toList();
        List<Long> fromSql = db.jdbi().withExtension(CustomerDao.class, dao -> dao.searchIds(query));

        assertEquals(fromSql, fromIndex);
    }

    @Test
    void aNewStatusChangesOnlyTheRowsNamedAndEachStaysFindableWhereItWas() {
        CustomerIndex index = new CustomerIndex();
        index.load(db.jdbi().withExtension(CustomerDao.class, CustomerDao::listRows));
        List<CustomerListRow> before = index.search(CustomerQuery.all());
        List<CustomerListRow> prospects = before.stream().filter(r -> r.status() == CustomerStatus.POTENTIAL)
                .limit(25).toList();
        List<Long> ids = new ArrayList<>(prospects.stream().map(CustomerListRow::id).toList());
        ids.add(-1L); // nobody: left alone

        index.setStatus(ids, CustomerStatus.ACTIVE);

        List<CustomerListRow> after = index.search(CustomerQuery.all());
        assertEquals(before.stream().map(CustomerListRow::id).toList(),
                after.stream().map(CustomerListRow::id).toList(), "the order stays");
        for (int i = 0; i < before.size(); i++) {
            boolean named = ids.contains(before.get(i).id());
            assertEquals(named ? before.get(i).withStatus(CustomerStatus.ACTIVE) : before.get(i), after.get(i));
        }
        CustomerListRow first = prospects.get(0);
        assertEquals(CustomerStatus.ACTIVE, index.byId(first.id()).orElseThrow().status());
        assertEquals(CustomerStatus.ACTIVE, index.byNumber(first.number()).orElseThrow().status());
        assertTrue(index.search(CustomerQuery.text(first.number()).withFilters(CustomerStatus.ACTIVE, null, null,
                ArchiveFilter.ALL)).stream().anyMatch(r -> r.id() == first.id()), "found by text with the new status");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryOfTheComparisonFindsSomething(CustomerQuery query) {
        // Guards the comparison above against passing on two empty lists.
        assertTrue(!service.index().search(query).isEmpty(), query.toString());
    }
}
