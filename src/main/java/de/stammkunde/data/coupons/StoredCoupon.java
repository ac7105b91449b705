package de.stammkunde.data.coupons;

import de.stammkunde.domain.coupons.Campaign;

/** One code with its campaign and how often it was used. {@code maxUses} null: unlimited. */
public record StoredCoupon(long id, String code, Long customerId, Integer maxUses, int usedCount, Campaign campaign) {

    public boolean usedUp() {
        return maxUses != null && usedCount >= maxUses;
    }
}
