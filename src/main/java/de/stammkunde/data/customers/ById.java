package de.stammkunde.data.customers;

import java.util.Arrays;

/**
 * Values by customer id for a bulk read (every customer's tags, every customer's consents). Customer
 * ids come from an identity column, so they are nearly dense: the values then sit in an array at
 * {@code id - first}; otherwise the ids are kept sorted and looked up by binary search. A {@code
 * HashMap<Long, …>} of 100,000 customers cost a node and a boxed key each, and looking rows up in
 * name order jumped between them: a tenth of an export. Built from rows in ascending id order.
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

    /** Takes ids in ascending order, each once. */
    static final class Builder<T> {
        private long[] ids = new long[1024];
        private Object[] values = new Object[1024];
        private int size;

        void add(long id, T value) {
            if (size > 0 && id <= ids[size - 1]) {
                throw new IllegalArgumentException("ids must ascend: " + id + " after " + ids[size - 1]);
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size++] = value;
        }

        ById<T> build() {
            if (size == 0) {
                return empty();
            }
            long span = ids[size - 1] - ids[0] + 1;
            if (span <= 2L * size + 1024) {
                Object[] dense = new Object[(int) span];
                for (int i = 0; i < size; i++) {
                    dense[(int) (ids[i] - ids[0])] = values[i];
                }
                return new ById<>(ids[0], dense, null);
            }
            return new ById<>(0, Arrays.copyOf(values, size), Arrays.copyOf(ids, size));
        }
    }
}
