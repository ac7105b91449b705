package de.stammkunde.service.customers;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SearchKeys;
import de.stammkunde.domain.customers.SearchableRow;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.domain.customers.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Every customer's list row in memory, kept sorted by name. Searching as you type scans this array
 * instead of asking the database: a prefix {@code LIKE} with {@code ORDER BY} over 100,000 rows takes
 * tens of milliseconds in H2, a scan here a few. Writers replace the snapshot (copy on write), so a
 * search never waits for a writer and always sees one consistent state.
 *
 * <p>The rows' search texts are kept in a single string in name order, not one per row: {@link
 * String#indexOf} over a few megabytes in one piece runs at memory speed (the JVM compiles it to
 * vector instructions), where a {@code contains} on each of 100,000 separate strings took some ten
 * times longer, most of it waiting for memory; and separate strings would take another 10 MB.
 * Lookups by id and by customer number search two more arrays of the same rows, sorted by those:
 * hash maps took 14 MB for 100,000 customers (a node and a boxed id per entry), the arrays 0.8 MB.
 */
public final class CustomerIndex {

    private static final Comparator<CustomerListRow> BY_NAME = SortKey.NAME.comparator(true);
    private static final Comparator<CustomerListRow> BY_ID = Comparator.comparingLong(CustomerListRow::id);
    private static final Comparator<CustomerListRow> BY_NUMBER = Comparator.comparing(CustomerListRow::number);

    private volatile Snapshot snapshot = new Snapshot(new CustomerListRow[0], "", new int[1],
            new CustomerListRow[0], new CustomerListRow[0]);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The reads of all rows under way ({@link #startReading}); guarded by {@code this}. */
    private final List<Reading> readings = new ArrayList<>();
    /** How many readings began, and the number of the one loaded last; guarded by {@code this}. */
    private long readingsStarted;
    private long lastLoaded;
    private volatile TagsOf tagsOf;

    /**
     * The rows by name with their search texts, and the same rows by id and by customer number.
     * {@code text} holds the search texts in name order; row {@code i}'s is {@code text.substring(
     * starts[i], starts[i + 1])}. Each begins and ends with the separator, which no term contains, so
     * no hit spans two rows.
     */
    private record Snapshot(CustomerListRow[] byName, String text, int[] starts, CustomerListRow[] byId,
            CustomerListRow[] byNumber) {

        static Snapshot of(List<SearchableRow> entries) {
            SearchableRow[] sorted = NameKey.sort(entries);
            CustomerListRow[] byName = new CustomerListRow[sorted.length];
            int[] starts = new int[sorted.length + 1];
            StringBuilder all = new StringBuilder(sorted.length * 64);
            for (int i = 0; i < sorted.length; i++) {
                byName[i] = sorted[i].row();
                starts[i] = all.length();
                all.append(sorted[i].searchText());
            }
            starts[sorted.length] = all.length();
            // the database hands the rows over in id order, and numbers are mostly handed out in
            // that order too: both sorts find them (nearly) in order
            CustomerListRow[] byId = entries.stream().map(SearchableRow::row).toArray(CustomerListRow[]::new);
            Arrays.sort(byId, BY_ID);
            CustomerListRow[] byNumber = byId.clone();
            Arrays.sort(byNumber, BY_NUMBER);
            return new Snapshot(byName, all.toString(), starts, byId, byNumber);
        }

        /** Row {@code i} in name order with its search text, as it was put in. */
        SearchableRow entry(int i) {
            return new SearchableRow(byName[i], text.substring(starts[i], starts[i + 1]));
        }

        Snapshot without(CustomerListRow old) {
            int at = old == null ? -1 : Arrays.binarySearch(byName, old, BY_NAME);
            if (at < 0) {
                return this;
            }
            int length = starts[at + 1] - starts[at];
            int[] nextStarts = new int[starts.length - 1];
            System.arraycopy(starts, 0, nextStarts, 0, at);
            for (int i = at; i < nextStarts.length; i++) {
                nextStarts[i] = starts[i + 1] - length;
            }
            return new Snapshot(withoutRow(byName, at), text.substring(0, starts[at]).concat(
                    text.substring(starts[at + 1])), nextStarts, withoutRow(byId, old, BY_ID),
                    withoutRow(byNumber, old, BY_NUMBER));
        }

        Snapshot with(SearchableRow entry) {
            CustomerListRow row = entry.row();
            int found = Arrays.binarySearch(byName, row, BY_NAME);
            int at = found >= 0 ? found : -found - 1;
            int length = entry.searchText().length();
            int[] nextStarts = new int[starts.length + 1];
            System.arraycopy(starts, 0, nextStarts, 0, at + 1);
            for (int i = at; i < starts.length; i++) {
                nextStarts[i + 1] = starts[i] + length;
            }
            return new Snapshot(withRow(byName, row, at), text.substring(0, starts[at]).concat(entry.searchText())
                    .concat(text.substring(starts[at])), nextStarts, withRow(byId, row, BY_ID),
                    withRow(byNumber, row, BY_NUMBER));
        }

        /**
         * The same snapshot with the rows of these ids changed; a changed row must sort and search as
         * before (same name, number and search text), so the text is kept. Unknown ids are left out.
         */
        Snapshot changing(Collection<Long> ids, UnaryOperator<CustomerListRow> change) {
            CustomerListRow[] name = byName.clone();
            CustomerListRow[] id = byId.clone();
            CustomerListRow[] number = byNumber.clone();
            for (long rowId : ids) {
                CustomerListRow old = find(byId, rowId);
                if (old != null) {
                    CustomerListRow row = change.apply(old);
                    name[Arrays.binarySearch(byName, old, BY_NAME)] = row;
                    id[Arrays.binarySearch(byId, old, BY_ID)] = row;
                    number[Arrays.binarySearch(byNumber, old, BY_NUMBER)] = row;
                }
            }
            return new Snapshot(name, text, starts, id, number);
        }

        /** Calls back with each row index whose text contains the term, once, in order. */
        void forEachHit(String term, IntConsumer hit) {
            int row = 0;
            int at = text.indexOf(term);
            while (at >= 0) {
                while (starts[row + 1] <= at) {
                    row++;
                }
                hit.accept(row);
                row++;
                if (row == byName.length) {
                    return;
                }
                at = text.indexOf(term, starts[row]);
            }
        }

        boolean textContainsAll(int row, List<String> terms) {
            return hasAll(row, terms, false);
        }

        /** Whether each term begins a word somewhere in row {@code row}'s text (after a separator, space, "-", "." …). */
        boolean beginsWords(int row, List<String> terms) {
            return hasAll(row, terms, true);
        }

        private boolean hasAll(int row, List<String> terms, boolean atWordStart) {
            for (String term : terms) {
                if (!has(row, term, atWordStart)) {
                    return false;
                }
            }
            return true;
        }

        private boolean has(int row, String term, boolean atWordStart) {
            int last = starts[row + 1] - term.length();
            // each row's text begins with the separator, which no term holds: every place a term can start has
            // a character before it in the same row
            for (int at = starts[row] + 1; at <= last; at++) {
                if ((!atWordStart || !Character.isLetterOrDigit(text.charAt(at - 1))) && text.startsWith(term, at)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A row with the first 16 characters of its sort name packed into two numbers, for sorting
     * 100,000 rows at load: comparing strings row by row, each in its own place in memory, took
     * about a second, most of it waiting for memory; two numbers in the key itself answer almost
     * every comparison. The order is exactly {@link #BY_NAME}: where the numbers are equal, or a
     * name has a character the packing cannot hold, the names themselves are compared; so are empty
     * names, which come last (packed they would be all zeros, first).
     */
    private record NameKey(long high, long low, boolean packed, SearchableRow entry) {

        static SearchableRow[] sort(List<SearchableRow> entries) {
            NameKey[] keys = new NameKey[entries.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = of(entries.get(i));
            }
            Arrays.sort(keys, NameKey::compare);
            SearchableRow[] sorted = new SearchableRow[keys.length];
            for (int i = 0; i < keys.length; i++) {
                sorted[i] = keys[i].entry;
            }
            return sorted;
        }

        static NameKey of(SearchableRow entry) {
            String name = entry.row().sortName();
            if (name.isEmpty()) {
                return new NameKey(0, 0, false, entry);
            }
            long high = 0;
            long low = 0;
            for (int i = 0; i < 16; i++) {
                char c = i < name.length() ? name.charAt(i) : 0;
                if (c > 0xFF) {
                    return new NameKey(0, 0, false, entry);
                }
                if (i < 8) {
                    high = high << 8 | c;
                } else {
                    low = low << 8 | c;
                }
            }
            return new NameKey(high, low, true, entry);
        }

        /**
         * Where both names are packed and their keys differ, the keys' order is the names': at the
         * first character where they differ, the bytes are those characters, or 0 for the name
         * that has ended, which sorts first in {@link String#compareTo} too.
         */
        int compare(NameKey other) {
            if (packed && other.packed) {
                int order = Long.compareUnsigned(high, other.high);
                if (order == 0) {
                    order = Long.compareUnsigned(low, other.low);
                }
                if (order != 0) {
                    return order;
                }
            }
            return BY_NAME.compare(entry.row(), other.entry.row());
        }
    }

    /** Replaces the whole content: at start-up and after demo data ({@link #putAll} after an import). */
    public void load(List<SearchableRow> entries) {
        Snapshot loaded = Snapshot.of(entries);
        synchronized (this) {
            snapshot = loaded;
        }
        fireChanged();
    }

    /**
     * Begins a read of every row for {@link #load(Reading, List)}; call it before the database is read.
     * Until then the changes made meanwhile are kept and applied again to the rows read: the list loads
     * in the background at start-up while the counter may already save a customer, whose row the read
     * may have missed. Close it when done (also when the read failed).
     */
    public Reading startReading() {
        synchronized (this) {
            Reading reading = new Reading(++readingsStarted);
            readings.add(reading);
            return reading;
        }
    }

    /**
     * As {@link #load(List)}, with the changes made since the reading began on top. Rows of a reading
     * begun before the one loaded last are older than those: they are left out.
     */
    public void load(Reading reading, List<SearchableRow> entries) {
        Snapshot loaded = Snapshot.of(entries);
        synchronized (this) {
            if (!readings.remove(reading)) {
                throw new IllegalStateException("The reading was closed before its rows were loaded");
            }
            if (reading.number < lastLoaded) {
                return;
            }
            lastLoaded = reading.number;
            for (UnaryOperator<Snapshot> change : reading.changes) {
                loaded = change.apply(loaded);
            }
            snapshot = loaded;
        }
        fireChanged();
    }

    /** A read of all rows under way: what changed since it began. */
    public final class Reading implements AutoCloseable {

        private final List<UnaryOperator<Snapshot>> changes = new ArrayList<>();
        private final long number;

        private Reading(long number) {
            this.number = number;
        }

        @Override
        public void close() {
            synchronized (CustomerIndex.this) {
                readings.remove(this);
            }
        }
    }

    /** Makes a change (replaces the snapshot), remembered for the readings under way. */
    private void change(UnaryOperator<Snapshot> change) {
        boolean changed;
        synchronized (this) {
            Snapshot current = snapshot;
            snapshot = change.apply(current);
            changed = snapshot != current;
            for (Reading reading : readings) {
                reading.changes.add(change);
            }
        }
        if (changed) {
            fireChanged();
        }
    }

    /** Adds a customer or replaces its row after an edit. */
    public void put(SearchableRow entry) {
        change(current -> current.without(find(current.byId, entry.row().id())).with(entry));
    }

    /**
     * Adds or replaces many rows in one new snapshot, e.g. after an import: cheaper than reading
     * every customer back (a second for 100,000), and than a copy of the index per row.
     */
    public void putAll(List<SearchableRow> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Set<Long> replaced = new HashSet<>(entries.size() * 2);
        for (SearchableRow entry : entries) {
            replaced.add(entry.row().id());
        }
        change(current -> {
            List<SearchableRow> all = new ArrayList<>(current.byName.length + entries.size());
            for (int i = 0; i < current.byName.length; i++) {
                if (!replaced.contains(current.byName[i].id())) {
                    all.add(current.entry(i));
                }
            }
            all.addAll(entries);
            return Snapshot.of(all);
        });
    }

    /**
     * Gives customers another status, e.g. prospects who just bought. Status is neither searched nor
     * sorted by, so only their rows change: a sale does not wait for the copy of every search text
     * that {@link #put} makes (some 100 ms with 100,000 customers).
     */
    public void setStatus(Collection<Long> ids, CustomerStatus status) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> changed = List.copyOf(ids);
        change(current -> current.changing(changed, row -> row.withStatus(status)));
    }

    /** Takes a customer out, e.g. after it was merged into another one. */
    public void remove(long id) {
        change(current -> current.without(find(current.byId, id)));
    }

    private static CustomerListRow[] withoutRow(CustomerListRow[] rows, CustomerListRow old,
            Comparator<CustomerListRow> order) {
        int at = Arrays.binarySearch(rows, old, order);
        return at < 0 ? rows : withoutRow(rows, at);
    }

    private static CustomerListRow[] withoutRow(CustomerListRow[] rows, int at) {
        CustomerListRow[] next = new CustomerListRow[rows.length - 1];
        System.arraycopy(rows, 0, next, 0, at);
        System.arraycopy(rows, at + 1, next, at, rows.length - at - 1);
        return next;
    }

    private static CustomerListRow[] withRow(CustomerListRow[] rows, CustomerListRow row,
            Comparator<CustomerListRow> order) {
        int found = Arrays.binarySearch(rows, row, order);
        return withRow(rows, row, found >= 0 ? found : -found - 1);
    }

    private static CustomerListRow[] withRow(CustomerListRow[] rows, CustomerListRow row, int at) {
        CustomerListRow[] next = new CustomerListRow[rows.length + 1];
        System.arraycopy(rows, 0, next, 0, at);
        next[at] = row;
        System.arraycopy(rows, at, next, at + 1, rows.length - at);
        return next;
    }

    /** The row with this id in rows sorted by id, or null. */
    private static CustomerListRow find(CustomerListRow[] byId, long id) {
        return find(byId, row -> Long.compare(row.id(), id));
    }

    /**
     * Bisection for the row that compares as 0, in rows sorted so that {@code comparison} rises;
     * null when there is none. ({@link Arrays#binarySearch} would need a whole row to compare with.)
     */
    private static CustomerListRow find(CustomerListRow[] rows, ToIntFunction<CustomerListRow> comparison) {
        int low = 0;
        int high = rows.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = comparison.applyAsInt(rows[mid]);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return rows[mid];
            }
        }
        return null;
    }

    /**
     * All rows the query matches, in its order. With search text, the longest term is looked for in
     * the one string of all search texts and only the rows it hits are tested; without, every row is.
     */
    public List<CustomerListRow> search(CustomerQuery query) {
        Snapshot current = snapshot;
        List<CustomerListRow> result = new ArrayList<>();
        forEachMatch(current, query, i -> result.add(current.byName[i]));
        if (query.sort() != SortKey.NAME || !query.ascending()) {
            result.sort(query.sort().comparator(query.ascending()));
        }
        return result;
    }

    /**
     * All rows the text matches, those where each term begins a word first ("Meier, Anna" before
     * "Isekenmeier, Jolina" for "meier"), each part by name. The counter shows the first 50 hits: for
     * a common name, names that merely contain it ("Goldschmidt" for "schmidt") came first by name
     * and took the places of the customers asked for.
     */
    public List<CustomerListRow> searchWordStartsFirst(CustomerQuery query) {
        Snapshot current = snapshot;
        List<String> terms = query.terms();
        List<CustomerListRow> first = new ArrayList<>();
        List<CustomerListRow> rest = new ArrayList<>();
        forEachMatch(current, query, i -> (current.beginsWords(i, terms) ? first : rest).add(current.byName[i]));
        first.addAll(rest);
        return first;
    }

    /** Each row index, in name order, that the query's filters and text match. */
    private static void forEachMatch(Snapshot current, CustomerQuery query, IntConsumer match) {
        Predicate<CustomerListRow> filter = query.filter();
        List<String> terms = query.terms();
        if (terms.isEmpty()) {
            for (int i = 0; i < current.byName.length; i++) {
                if (filter.test(current.byName[i])) {
                    match.accept(i);
                }
            }
        } else {
            String longest = terms.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            List<String> others = terms.stream().filter(term -> !term.equals(longest)).toList();
            current.forEachHit(longest, i -> {
                if (filter.test(current.byName[i]) && current.textContainsAll(i, others)) {
                    match.accept(i);
                }
            });
        }
    }

    /**
     * The rows whose search text has this value as a whole field, between two separators: e.g. an
     * e-mail key, the digits of a phone number, a folded last name ({@link SearchKeys#searchText}).
     */
    public List<CustomerListRow> withField(String value) {
        List<CustomerListRow> rows = new ArrayList<>();
        if (!value.isEmpty()) {
            Snapshot current = snapshot;
            current.forEachHit(SearchKeys.SEPARATOR + value + SearchKeys.SEPARATOR, i -> rows.add(current.byName[i]));
        }
        return rows;
    }

    public Optional<CustomerListRow> byId(long id) {
        return Optional.ofNullable(find(snapshot.byId, id));
    }

    public Optional<CustomerListRow> byNumber(String number) {
        return Optional.ofNullable(find(snapshot.byNumber, row -> row.number().compareTo(number)));
    }

    public int size() {
        return snapshot.byName.length;
    }

    /**
     * The tags in use, in alphabetical order, first spelling wins. Worked out once per snapshot: the
     * list asks with every search, and a pass over 100,000 rows would cost more than the search.
     */
    public List<String> tags() {
        CustomerListRow[] rows = snapshot.byName;
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
