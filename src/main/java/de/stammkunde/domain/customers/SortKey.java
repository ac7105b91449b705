package de.stammkunde.domain.customers;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The columns a customer list can be sorted by; ties are broken by id so the order is stable. Rows
 * without a value come last in both directions, as in a spreadsheet: sorted by city, "Aachen" comes
 * first, not the hundreds of customers whose city nobody typed in.
 */
public enum SortKey {
    NAME(CustomerListRow::sortName),
    NUMBER(CustomerListRow::number),
    COMPANY(CustomerListRow::company),
    POSTCODE(CustomerListRow::postcode),
    CITY(CustomerListRow::city),
    /** The number the list shows: the phone, or the mobile where there is no phone. */
    PHONE(row -> row.phone().isEmpty() ? row.mobile() : row.phone()),
    EMAIL(CustomerListRow::email),
    STATUS(row -> row.status().name());

    private final Function<CustomerListRow, String> key;
    private final Comparator<CustomerListRow> ascending;
    private final Comparator<CustomerListRow> descending;

    SortKey(Function<CustomerListRow, String> key) {
        this.key = key;
        this.ascending = order(key, true);
        this.descending = order(key, false);
    }

    public String keyOf(CustomerListRow row) {
        return key.apply(row);
    }

    /**
     * Plain string order, the same as H2 and PostgreSQL's "C" collation compare, with empty values
     * last either way (the SQL of the export orders the same, {@code CustomerSearchSql}).
     */
    public Comparator<CustomerListRow> comparator(boolean ascending) {
        return ascending ? this.ascending : this.descending;
    }

    private static Comparator<CustomerListRow> order(Function<CustomerListRow, String> key, boolean ascending) {
        return (a, b) -> {
            String x = key.apply(a);
            String y = key.apply(b);
            int order;
            if (x.isEmpty() || y.isEmpty()) {
                order = Boolean.compare(x.isEmpty(), y.isEmpty());
            } else {
                order = ascending ? x.compareTo(y) : y.compareTo(x);
            }
            return order != 0 ? order : Long.compare(a.id(), b.id());
        };
    }
}
