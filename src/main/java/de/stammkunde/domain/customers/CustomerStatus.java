package de.stammkunde.domain.customers;

import java.time.LocalDateTime;
import java.time.Period;

/** Where a customer stands: a prospect, a buying customer, or one the shop has lost. */
public enum CustomerStatus {
    POTENTIAL, ACTIVE, LOST;

    /**
     * How long a purchase counts: PRODUCT.md's activity window, 12 months until the owner can set it
     * with the KPIs.
     */
    public static final Period ACTIVITY_WINDOW = Period.ofMonths(12);

    /**
     * Whether a purchase made at {@code purchasedAt} makes its customer active at {@code now}: a
     * prospect's first purchase, a lost customer coming back. An older purchase (a back-dated or
     * imported one) leaves the status as it is. Whole days: a purchase on this day 12 months ago counts.
     */
    public static boolean madeActiveBy(LocalDateTime purchasedAt, LocalDateTime now) {
        return !purchasedAt.toLocalDate().isBefore(now.toLocalDate().minus(ACTIVITY_WINDOW));
    }
}
