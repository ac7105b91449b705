package de.stammkunde.domain.customers;

import java.time.LocalDateTime;

/**
 * A stored customer: the editable {@link CustomerDetails} plus what the system keeps about it.
 * {@code version} guards against two counters overwriting each other's edits; {@code erased}: its personal
 * data were erased (GDPR), the details are blank.
 */
public record Customer(
        long id,
        String number,
        CustomerDetails details,
        boolean archived,
        Long mergedIntoId,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        int version,
        boolean erased) {

    public String displayName() {
        return details.displayName();
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }
}
