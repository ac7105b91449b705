package de.stammkunde.domain.customers;

import java.util.Comparator;
import java.util.function.Function;

/** The columns a customer list can be sorted by; ties are broken by id so the order is stable. */
public enum SortKey {
    NAME(CustomerListRow::sortName),
    NUMBER(CustomerListRow::number),
    COMPANY(CustomerListRow::company),
    POSTCODE(CustomerListRow::postcode),
    CITY(CustomerListRow::city),
    PHONE(CustomerListRow::phone),
    EMAIL(CustomerListRow::email),
    STATUS(row -> row.status().name());

    private final Function<CustomerListRow, String> key;

    SortKey(Function<CustomerListRow, String> key) {
        this.key = key;
    }

    public String keyOf(CustomerListRow row) {
        return key.apply(row);
    }

    /** Plain string order, the same as H2 and PostgreSQL's "C" collation compare. */
    public Comparator<CustomerListRow> comparator(boolean ascending) {
        Comparator<CustomerListRow> byKey = Comparator.comparing(key);
        if (!ascending) {
            byKey = byKey.reversed();
        }
        return byKey.thenComparingLong(CustomerListRow::id);
    }
}
