package de.stammkunde.data.customers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Where a customer merged into another leads: to the one kept, at the end of a chain of merges (A into
 * B, later B into C). Every feature's DAO that books for a customer a screen may still show after a
 * merge extends this, so it follows the merge inside its own transaction.
 */
public interface MergeLinks {

    /** A customer merged into another one: its number, which still leads to the one kept. */
    record Merged(long id, String customerNumber, long mergedIntoId) {
    }

    @SqlQuery("SELECT COALESCE(merged_into_id, id) FROM customer WHERE id = :id")
    Optional<Long> mergedInto(@Bind("id") long customerId);

    /** As {@link #mergedInto}, locking the customer's row until the transaction ends. */
    @SqlQuery("SELECT COALESCE(merged_into_id, id) FROM customer WHERE id = :id FOR UPDATE")
    Optional<Long> lockMergedInto(@Bind("id") long customerId);

    /** Every customer merged into another (a shop has few). */
    @SqlQuery("SELECT id, customer_number, merged_into_id FROM customer WHERE merged_into_id IS NOT NULL")
    @RegisterConstructorMapper(Merged.class)
    List<Merged> mergedCustomers();

    /** The customer itself, or the one kept at the end of its merges; empty when there is no such customer. */
    default Optional<Long> current(long customerId) {
        return follow(customerId, false);
    }

    /** As {@link #current}, with every customer row on the way locked until the transaction ends. */
    default Optional<Long> lockCurrent(long customerId) {
        return follow(customerId, true);
    }

    default Optional<Long> follow(long customerId, boolean lock) {
        Set<Long> seen = new HashSet<>();
        long id = customerId;
        while (seen.add(id)) {
            Optional<Long> next = lock ? lockMergedInto(id) : mergedInto(id);
            if (next.isEmpty() || next.get() == id) {
                return next;
            }
            id = next.get();
        }
        throw new IllegalStateException("Customer " + customerId + " was merged in a circle");
    }

    /** Every customer merged into another, with the one kept at the end of its chain of merges. */
    default Map<Long, Long> keptCustomers() {
        Map<Long, Long> into = new HashMap<>();
        for (Merged merged : mergedCustomers()) {
            into.put(merged.id(), merged.mergedIntoId());
        }
        Map<Long, Long> kept = new HashMap<>();
        for (long id : into.keySet()) {
            long end = id;
            for (int hop = 0; hop <= into.size() && into.containsKey(end); hop++) {
                end = into.get(end);
            }
            kept.put(id, end);
        }
        return kept;
    }
}
