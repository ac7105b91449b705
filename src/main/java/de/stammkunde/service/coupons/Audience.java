package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CampaignTarget;
import java.util.List;

/**
 * Who gets personal codes: one customer, a hand-picked list, everyone a customer-list filter shows —
 * and later a saved segment, which only has to implement this. Resolved once, when the campaign is made.
 */
public interface Audience {

    /** The customers' ids, each once. */
    List<Long> customerIds();

    /** In words of the day, stored with the campaign ("Customer 100042", "Search “Kaffee”", …). */
    String description();

    /** The same as facts, stored with the campaign so its list says it in the language of the day it is read. */
    default CampaignTarget target() {
        return CampaignTarget.UNKNOWN;
    }

    static Audience of(List<Long> customerIds, String description) {
        return of(customerIds, description, CampaignTarget.UNKNOWN);
    }

    static Audience of(List<Long> customerIds, String description, CampaignTarget target) {
        List<Long> ids = customerIds.stream().distinct().toList();
        return new Audience() {
            @Override
            public CampaignTarget target() {
                return target;
            }

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
