package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SearchableRow;
import de.stammkunde.domain.customers.SortKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lookups by id and by customer number, and the name order, after every kind of change. */
class CustomerIndexLookupTest {

    private static SearchableRow row(long id, String number, String lastName) {
        String key = lastName.toLowerCase();
        return new SearchableRow(new CustomerListRow(id, number, "", lastName, "", "", "", "", "", "",
                CustomerStatus.ACTIVE, false, 0, List.of(), key), "|" + key + "|" + number.toLowerCase() + "|");
    }

    private static List<String> names(CustomerIndex index) {
        return index.search(CustomerQuery.all()).stream().map(CustomerListRow::lastName).toList();
    }

    @Test
    void findsEachRowByIdAndNumberAfterLoadPutAndRemove() {
        CustomerIndex index = new CustomerIndex();
        index.load(List.of(row(7, "100007", "Zander"), row(2, "100002", "Berg"), row(5, "A-5", "Adler")));

        assertEquals("Berg", index.byId(2).orElseThrow().lastName());
        assertEquals("Adler", index.byNumber("A-5").orElseThrow().lastName());
        assertEquals(Optional.empty(), index.byId(3));
        assertEquals(Optional.empty(), index.byNumber("100003"));
        assertEquals(List.of("Adler", "Berg", "Zander"), names(index));

        index.put(row(2, "100002", "Zimmer"));      // an edit that moves the row in the name order
        index.put(row(9, "100009", "Cramer"));      // a new customer
        assertEquals(List.of("Adler", "Cramer", "Zander", "Zimmer"), names(index));
        assertEquals("Zimmer", index.byNumber("100002").orElseThrow().lastName());
        assertEquals("Cramer", index.byId(9).orElseThrow().lastName());
        assertEquals(4, index.size());

        index.remove(5);
        index.remove(42);                           // not there: nothing happens
        assertEquals(Optional.empty(), index.byId(5));
        assertEquals(Optional.empty(), index.byNumber("A-5"));
        assertEquals(List.of("Cramer", "Zander", "Zimmer"), names(index));
    }

    @Test
    void theCounterGetsTheNamesBeginningWithTheTextFirst() {
        // "Meier" at the counter listed five Isekenmeiers before the first Meier: with a common name,
        // names that merely contain it took the 50 places the counter shows
        CustomerIndex index = new CustomerIndex();
        index.load(List.of(row(1, "100001", "Isekenmeier"), row(2, "100002", "Meier"), row(3, "100003", "Abmeier"),
                row(4, "100004", "Meierhof"), row(5, "100005", "Berg-Meier"), row(6, "100006", "Zander")));

        List<String> counter = index.searchWordStartsFirst(CustomerQuery.text("meier")).stream()
                .map(CustomerListRow::lastName).toList();

        assertEquals(List.of("Berg-Meier", "Meier", "Meierhof", "Abmeier", "Isekenmeier"), counter);
        assertEquals(List.of("Abmeier", "Berg-Meier", "Isekenmeier", "Meier", "Meierhof"),
                index.search(CustomerQuery.text("meier")).stream().map(CustomerListRow::lastName).toList());
        assertEquals(List.of("Zander"), index.searchWordStartsFirst(CustomerQuery.text("zan 100006")).stream()
                .map(CustomerListRow::lastName).toList());
        assertEquals(List.of(), index.searchWordStartsFirst(CustomerQuery.text("xyz")));
    }

    private static SearchableRow row(long id, String lastName, String city, String phone, String mobile) {
        String key = lastName.toLowerCase();
        return new SearchableRow(new CustomerListRow(id, "10000" + id, "", lastName, "", "", city, phone, mobile, "",
                CustomerStatus.ACTIVE, false, 0, List.of(), key), "|" + key + "|");
    }

    private static List<String> sorted(CustomerIndex index, SortKey key, boolean ascending) {
        return index.search(CustomerQuery.all().withSort(key, ascending)).stream().map(CustomerListRow::lastName)
                .toList();
    }

    @Test
    void customersWithoutAValueComeLastWhicheverWayTheColumnIsSorted() {
        // sorted by city, hundreds of customers without one came before "Aachen"
        CustomerIndex index = new CustomerIndex();
        index.load(List.of(row(1, "Ohne", "", "", ""), row(2, "Koeln", "Köln", "", "0151 2"),
                row(3, "Aachen", "Aachen", "0241 9", ""), row(4, "Leer", "", "", ""),
                row(5, "Berlin", "Berlin", "030 1", "0171 1"), row(6, "", "", "", "")));

        assertEquals(List.of("Aachen", "Berlin", "Koeln", "Ohne", "Leer", ""), sorted(index, SortKey.CITY, true));
        assertEquals(List.of("Koeln", "Berlin", "Aachen", "Ohne", "Leer", ""), sorted(index, SortKey.CITY, false));
        // the phone column shows the mobile where there is no phone, and sorts by what it shows
        assertEquals(List.of("Koeln", "Aachen", "Berlin", "Ohne", "Leer", ""), sorted(index, SortKey.PHONE, true));
        assertEquals(List.of("Berlin", "Aachen", "Koeln", "Ohne", "Leer", ""), sorted(index, SortKey.PHONE, false));
        // a customer without any name, too (the list in name order is the index's own, without sorting)
        assertEquals(List.of("Aachen", "Berlin", "Koeln", "Leer", "Ohne", ""), sorted(index, SortKey.NAME, true));
        assertEquals(List.of("Ohne", "Leer", "Koeln", "Berlin", "Aachen", ""), sorted(index, SortKey.NAME, false));
        index.put(row(7, "Adler", "", "", ""));
        index.remove(6);
        index.put(row(8, "", "", "", ""));
        assertEquals(List.of("Aachen", "Adler", "Berlin", "Koeln", "Leer", "Ohne", ""),
                sorted(index, SortKey.NAME, true));
    }

    @Test
    void loadingSortsByTheWholeNameWhateverItsFirstSixteenCharacters() {
        // sort names as the index sees them: sharing 16 characters or more, one a prefix of another,
        // characters above 255 early and late, a NUL, the same name twice (then the id decides)
        List<String> names = List.of("mueller anna-lena b", "mueller anna-lena a", "mueller anna-lena", "mueller",
                "mueller ", "m\u0100ller", "mueller anna-lenaz\u0101", "mueller\u0000", "a", "", "zz",
                "\u20acuro", "mueller anna-lena a", "\u00ff", "\u00fe\u0100");
        List<SearchableRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(row(names.size() - i, "N" + i, names.get(i)));
        }
        CustomerIndex index = new CustomerIndex();
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(rows, new Random(seed));
            index.load(rows);
            List<CustomerListRow> expected = rows.stream().map(SearchableRow::row)
                    .sorted(SortKey.NAME.comparator(true)).toList();
            assertEquals(expected, index.search(CustomerQuery.all()), "shuffle " + seed);
        }
    }

    @Test
    void manyRandomChangesLeaveTheSameIndexAsLoadingTheEndResult() {
        Random random = new Random(11);
        CustomerIndex changed = new CustomerIndex();
        List<SearchableRow> current = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long id = 1 + random.nextInt(300);
            current.removeIf(r -> r.row().id() == id);
            if (random.nextInt(4) == 0) {
                changed.remove(id);
            } else {
                SearchableRow row = row(id, "N" + id, "Name" + random.nextInt(50));
                changed.put(row);
                current.add(row);
            }
        }
        CustomerIndex loaded = new CustomerIndex();
        loaded.load(current);

        assertEquals(loaded.search(CustomerQuery.all()), changed.search(CustomerQuery.all()));
        // the search texts moved with their rows: text searches agree too, and find something
        for (String text : List.of("name1", "name4 n2", "n29", "|", "name49")) {
            List<CustomerListRow> found = changed.search(CustomerQuery.text(text));
            assertEquals(loaded.search(CustomerQuery.text(text)), found, text);
            assertTrue(!found.isEmpty() || text.equals("|"), text);
        }
        for (long id = 1; id <= 300; id++) {
            assertEquals(loaded.byId(id), changed.byId(id));
            assertEquals(loaded.byNumber("N" + id), changed.byNumber("N" + id));
        }
        assertTrue(loaded.size() > 100);
    }

    @Test
    void aChangeMadeWhileTheRowsAreReadIsNotLostWhenTheyAreLoaded() {
        CustomerIndex index = new CustomerIndex();
        index.load(List.of(row(2, "100002", "Berg"), row(5, "100005", "Adler")));
        List<SearchableRow> read;
        try (CustomerIndex.Reading reading = index.startReading()) {
            // the database was read before these were saved; their puts came before the load
            read = List.of(row(2, "100002", "Berg"), row(5, "100005", "Adler"));
            index.put(row(9, "100009", "Cramer"));
            index.put(row(2, "100002", "Zimmer"));
            index.remove(5);
            index.setStatus(List.of(9L), CustomerStatus.LOST);
            index.load(reading, read);
        }

        assertEquals(List.of("Cramer", "Zimmer"), names(index));
        assertEquals(CustomerStatus.LOST, index.byId(9).orElseThrow().status());
        index.put(row(11, "100011", "Dorn"));
        index.load(List.of(row(2, "100002", "Berg")));
        assertEquals(List.of("Berg"), names(index), "a finished reading keeps no changes for later loads");
    }

    @Test
    void aReadingBegunEarlierButLoadedLaterDoesNotReplaceANewerOne() {
        CustomerIndex index = new CustomerIndex();
        try (CustomerIndex.Reading atStart = index.startReading();
                CustomerIndex.Reading afterDemoData = index.startReading()) {
            index.load(afterDemoData, List.of(row(2, "100002", "Berg"), row(5, "100005", "Adler")));
            index.load(atStart, List.of());
        }

        assertEquals(List.of("Adler", "Berg"), names(index));
    }
}
