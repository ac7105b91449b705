package de.stammkunde.service.customers;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.domain.customers.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Every customer's list row in memory, kept sorted by name. Searching as you type scans this array
 * instead of asking the database: a prefix {@code LIKE} with {@code ORDER BY} over 100,000 rows takes
 * tens of milliseconds in H2, a scan here a few. Writers replace the array (copy on write), so a
 * search never waits for a writer and always sees one consistent snapshot.
 */
public final class CustomerIndex {

    private static final Comparator<CustomerListRow> BY_NAME = SortKey.NAME.comparator(true);

    private volatile CustomerListRow[] byName = new CustomerListRow[0];
    private final Map<Long, CustomerListRow> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> idByNumber = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile TagsOf tagsOf;
    private volatile Haystack haystack;

    /** Replaces the whole content, e.g. at start-up or after an import. */
    public void load(List<CustomerListRow> rows) {
        CustomerListRow[] sorted = rows.toArray(new CustomerListRow[0]);
        Arrays.sort(sorted, BY_NAME);
        synchronized (this) {
            byId.clear();
            idByNumber.clear();
            for (CustomerListRow row : sorted) {
                byId.put(row.id(), row);
                idByNumber.put(row.number(), row.id());
            }
            byName = sorted;
        }
        fireChanged();
    }

    /** Adds a customer or replaces its row after an edit. */
    public void put(CustomerListRow row) {
        synchronized (this) {
            CustomerListRow[] rows = withoutRow(byName, byId.get(row.id()));
            int at = Arrays.binarySearch(rows, row, BY_NAME);
            int insert = at >= 0 ? at : -at - 1;
            CustomerListRow[] next = new CustomerListRow[rows.length + 1];
            System.arraycopy(rows, 0, next, 0, insert);
            next[insert] = row;
            System.arraycopy(rows, insert, next, insert + 1, rows.length - insert);
            byId.put(row.id(), row);
            idByNumber.put(row.number(), row.id());
            byName = next;
        }
        fireChanged();
    }

    /** Takes a customer out, e.g. after it was merged into another one. */
    public void remove(long id) {
        synchronized (this) {
            CustomerListRow old = byId.remove(id);
            if (old == null) {
                return;
            }
            idByNumber.remove(old.number());
            byName = withoutRow(byName, old);
        }
        fireChanged();
    }

    private static CustomerListRow[] withoutRow(CustomerListRow[] rows, CustomerListRow old) {
        if (old == null) {
            return rows;
        }
        int at = Arrays.binarySearch(rows, old, BY_NAME);
        if (at < 0) {
            return rows;
        }
        CustomerListRow[] next = new CustomerListRow[rows.length - 1];
        System.arraycopy(rows, 0, next, 0, at);
        System.arraycopy(rows, at + 1, next, at, rows.length - at - 1);
        return next;
    }

    /**
     * All rows the query matches, in its order. With search text, the longest term is looked for in
     * one string of all rows' search texts (see {@link Haystack}) and only the rows it hits are
     * tested; without, every row is.
     */
    public List<CustomerListRow> search(CustomerQuery query) {
        Predicate<CustomerListRow> matches = query.matcher();
        List<String> terms = query.terms();
        List<CustomerListRow> result = new ArrayList<>();
        if (terms.isEmpty()) {
            for (CustomerListRow row : byName) {
                if (matches.test(row)) {
                    result.add(row);
                }
            }
        } else {
            String term = terms.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            haystack().forEachHit(term, row -> {
                if (matches.test(row)) {
                    result.add(row);
                }
            });
        }
        if (query.sort() != SortKey.NAME || !query.ascending()) {
            result.sort(query.sort().comparator(query.ascending()));
        }
        return result;
    }

    private Haystack haystack() {
        CustomerListRow[] rows = byName;
        Haystack cached = haystack;
        if (cached == null || cached.rows != rows) {
            cached = new Haystack(rows);
            haystack = cached;
        }
        return cached;
    }

    /**
     * The search texts of one snapshot, in name order, in a single string. {@link String#indexOf}
     * over a few megabytes in one piece runs at memory speed (the JVM compiles it to vector
     * instructions); a {@code contains} on each of 100,000 separate strings takes some ten times
     * longer, most of it waiting for memory. Built on the first search after a change.
     */
    private static final class Haystack {
        final CustomerListRow[] rows;
        final String text;
        /** Where each row's text starts; one more entry for the end. */
        final int[] starts;

        Haystack(CustomerListRow[] rows) {
            this.rows = rows;
            this.starts = new int[rows.length + 1];
            StringBuilder all = new StringBuilder(rows.length * 64);
            for (int i = 0; i < rows.length; i++) {
                starts[i] = all.length();
                // Each search text begins and ends with the separator, which no term contains, so
                // no hit spans two rows.
                all.append(rows[i].searchText());
            }
            starts[rows.length] = all.length();
            this.text = all.toString();
        }

        /** Each row whose text contains the term, once, in order. */
        void forEachHit(String term, java.util.function.Consumer<CustomerListRow> hit) {
            int row = 0;
            int at = text.indexOf(term);
            while (at >= 0) {
                while (starts[row + 1] <= at) {
                    row++;
                }
                hit.accept(rows[row]);
                row++;
                if (row == rows.length) {
                    return;
                }
                at = text.indexOf(term, starts[row]);
            }
        }
    }

    public Optional<CustomerListRow> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<CustomerListRow> byNumber(String number) {
        Long id = idByNumber.get(number);
        return id == null ? Optional.empty() : byId(id);
    }

    public int size() {
        return byName.length;
    }

    /**
     * The tags in use, in alphabetical order, first spelling wins. Worked out once per snapshot: the
     * list asks with every search, and a pass over 100,000 rows would cost more than the search.
     */
    public List<String> tags() {
        CustomerListRow[] rows = byName;
        TagsOf cached = tagsOf;
        if (cached != null && cached.rows() == rows) {
            return cached.tags();
        }
        Map<String, String> byKey = new TreeMap<>();
        for (CustomerListRow row : rows) {
            for (String tag : row.tags()) {
                byKey.putIfAbsent(Tags.key(tag), tag);
            }
        }
        List<String> tags = List.copyOf(byKey.values());
        tagsOf = new TagsOf(rows, tags);
        return tags;
    }

    private record TagsOf(CustomerListRow[] rows, List<String> tags) {
    }

    /** Called after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
