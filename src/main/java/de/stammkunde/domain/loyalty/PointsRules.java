package de.stammkunde.domain.loyalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The owner's points rules. A change applies to what is earned or redeemed from then on; points
 * already in the ledger keep the value and expiry date they were booked with.
 *
 * @param pointsPerEuro points per euro paid (not on the part paid with points or coupons)
 * @param redeemPoints  this many points …
 * @param redeemValue   … are worth this many euro when redeemed
 * @param minimumRedeem the fewest points that may be redeemed at once
 * @param expiryMonths  points expire this many months after they were earned; 0 = never
 * @param tiers         optional levels by yearly spend, lowest first
 */
public record PointsRules(BigDecimal pointsPerEuro, int redeemPoints, BigDecimal redeemValue, int minimumRedeem,
        int expiryMonths, List<Tier> tiers) {

    public static final PointsRules DEFAULT = new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
            List.of());

    public PointsRules {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
