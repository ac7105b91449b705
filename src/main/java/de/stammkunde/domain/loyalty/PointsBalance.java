package de.stammkunde.domain.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the counter shows: the balance (sum of the ledger), its euro value (each lot's points under the
 * redemption rule they were booked with, {@link PointsMath#valueOf}), the points expiring in the next 30 days
 * (and the first such date), and the customer's tier.
 *
 * @param neverExpire the rules let no points expire (expiry 0 months) and none earned earlier under other rules
 *                    still carries a date: the screen says points do not expire, not "none in the next 30 days"
 */
public record PointsBalance(int points, BigDecimal value, int expiringSoon, LocalDate nextExpiry, Tier tier,
        BigDecimal yearlySpend, boolean neverExpire) {
}
