package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.CustomerDetails;
import java.time.LocalDateTime;

/** One customer about to be inserted, with its number already allocated. */
public record NewCustomer(String number, CustomerDetails details, boolean archived, LocalDateTime createdAt) {

    public CustomerKeys keys() {
        return CustomerKeys.of(number, details);
    }
}
