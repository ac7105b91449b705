package de.stammkunde.data.customers;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values by customer id for a bulk read (every customer's tags, every customer's consents). Customer
 * ids come from an identity column, so they are nearly dense: the values then sit in an array at
 * {@code id - first}; otherwise the ids are kept sorted and looked up by binary search. A {@code
 * HashMap<Long, …>} of 100,000 customers cost a node and a boxed key each, and looking rows up in
 * name order jumped between them: a tenth of an export.
 */
public final class ById<T> {

    private static final ById<?> EMPTY = new ById<>(0, new Object[0], null);

    /** The id at {@code values[0]} when dense. */
    private final long first;
    private final Object[] values;
    /** The ids of {@code values} when sparse; null when dense. */
    private final long[] ids;

    private ById(long first, Object[] values, long[] ids) {
        this.first = first;
        this.values = values;
        this.ids = ids;
    }

    @SuppressWarnings("unchecked")
    public static <T> ById<T> empty() {
        return (ById<T>) EMPTY;
    }

    /** The value for this id, or null. */
    @SuppressWarnings("unchecked")
    public T get(long id) {
        if (ids == null) {
            long at = id - first;
            return at >= 0 && at < values.length ? (T) values[(int) at] : null;
        }
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? null : (T) values[at];
    }

    /**
     * Gathers the rows of a read in ascending id order: the rows of one id go into one value, for
     * example a customer's tags into one list.
     */
    static final class Builder<T> {
        private long[] ids = new long[1024];
        private Object[] values = new Object[1024];
        private int size;

        /** The value gathered for this id: the previous row's when it had the same id, else a fresh one. */
        @SuppressWarnings("unchecked")
        T group(long id, Supplier<T> fresh) {
            if (size > 0 && id == ids[size - 1]) {
                return (T) values[size - 1];
            }
            if (size > 0 && id < ids[size - 1]) {
                throw new IllegalArgumentException("ids must ascend: " + id + " after " + ids[size - 1]);
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            T value = fresh.get();
            ids[size] = id;
            values[size++] = value;
            return value;
        }

        /** The gathered values, each passed through {@code finish} (e.g. {@code List::copyOf}). */
        @SuppressWarnings("unchecked")
        <R> ById<R> build(Function<? super T, ? extends R> finish) {
            if (size == 0) {
                return empty();
            }
            Object[] finished = new Object[size];
            for (int i = 0; i < size; i++) {
                finished[i] = finish.apply((T) values[i]);
            }
            long span = ids[size - 1] - ids[0] + 1;
            if (span <= 2L * size + 1024) {
                Object[] dense = new Object[(int) span];
                for (int i = 0; i < size; i++) {
                    dense[(int) (ids[i] - ids[0])] = finished[i];
                }
                return new ById<>(ids[0], dense, null);
            }
            return new ById<>(0, finished, Arrays.copyOf(ids, size));
        }
    }
}
