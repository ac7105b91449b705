package de.stammkunde.service.coupons;

import java.util.List;

/**
 * Who gets personal codes: one customer, a hand-picked list, everyone a customer-list filter shows —
 * and later a saved segment, which only has to implement this. Resolved once, when the campaign is made.
 */
public interface Audience {

    /** The customers' ids, each once. */
    List<Long> customerIds();

    /** In words, stored with the campaign ("Customer 100042", "Search: Kaffee", …). */
    String description();

    static Audience of(List<Long> customerIds, String description) {
        List<Long> ids = customerIds.stream().distinct().toList();
        return new Audience() {
            @Override
            public List<Long> customerIds() {
                return ids;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
