package de.stammkunde.service.counter;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.coupons.CustomerCoupon;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.purchases.Purchase;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the counter shows for one customer, loaded in one go: master data, points, the active
 * card (null if none; {@code blockedCards} counts lost ones), valid coupons, the last purchases and
 * a birthday in the coming week (null if none).
 */
public record CustomerPanel(Customer customer, PointsBalance points, Card card, int blockedCards,
        List<CustomerCoupon> coupons, List<Purchase> lastPurchases, Birthday birthday) {

    /** A birthday today ({@code inDays} 0) or in the next six days. */
    public record Birthday(LocalDate date, int inDays) {
    }
}
