package de.stammkunde.service;

import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A feature's part in merging two customers: it moves its own rows (purchases, points, coupons, …)
 * from the customer that goes to the customer that stays, inside the merge's transaction. Every
 * foreign key to {@code customer} must be covered by one participant; a test checks that.
 */
public interface MergeParticipant {

    /** The foreign-key columns it takes care of, as {@code table.column} in lower case. */
    Set<String> columns();

    void moveRows(Handle handle, long fromCustomerId, long toCustomerId);
}
