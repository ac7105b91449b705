package de.stammkunde.domain.customers;

/**
 * A list row with its search text ({@link SearchKeys#searchText}), as the in-memory index takes it
 * in. The index keeps the text of all rows in one string, not in the rows: a string per customer
 * would hold the same 6 MB a second time, plus 4 MB of string headers.
 */
public record SearchableRow(CustomerListRow row, String searchText) {

    public static SearchableRow of(Customer c) {
        return new SearchableRow(CustomerListRow.of(c), SearchKeys.searchText(c.number(), c.details()));
    }
}
