package de.stammkunde.service;

import java.time.LocalDateTime;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A feature's part in what happens to a customer as a whole. In a merge it moves its own rows (purchases,
 * points, coupons, …) from the customer that goes to the customer that stays, inside the merge's
 * transaction; every foreign key to {@code customer} must be covered by one participant, a test checks
 * that. In an erasure (GDPR) it blanks or ends what of its rows still tells who the customer was.
 */
public interface MergeParticipant {

    /** The foreign-key columns it takes care of, as {@code table.column} in lower case. */
    Set<String> columns();

    void moveRows(Handle handle, long fromCustomerId, long toCustomerId);

    /**
     * The customer's personal data is being erased, in the caller's transaction: the feature keeps its
     * figures (amounts, dates, counts) and drops or ends what could lead back to the person. Nothing to do
     * for a feature whose rows hold only figures.
     */
    default void erase(Handle handle, long customerId, Erasure erasure) {
    }

    /** When the erasure happens, and the reason the points ledger books for the points it takes. */
    record Erasure(LocalDateTime at, String pointsReason) {
    }
}
