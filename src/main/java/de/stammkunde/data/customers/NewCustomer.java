package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.CustomerDetails;
import java.time.LocalDateTime;

/**
 * One customer about to be inserted, with its number already allocated and its normalised keys
 * worked out once (the insert writes them, the import's search index entries reuse them).
 */
public record NewCustomer(String number, CustomerDetails details, boolean archived, LocalDateTime createdAt,
        CustomerKeys keys) {

    public NewCustomer(String number, CustomerDetails details, boolean archived, LocalDateTime createdAt) {
        this(number, details, archived, createdAt, CustomerKeys.of(number, details));
    }
}
