package de.stammkunde.data.coupons;

/** A customer merged into another one: its codes belong to {@code mergedIntoId}. */
public record MergedCustomer(long id, long mergedIntoId) {
}
