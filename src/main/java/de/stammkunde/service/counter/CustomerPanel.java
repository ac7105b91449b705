package de.stammkunde.service.counter;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.coupons.CustomerCoupon;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.purchases.Purchase;
import java.util.List;

/**
 * Everything the counter shows for one customer, loaded in one go: master data, points, the active
 * card (null if none; {@code blockedCards} counts lost ones), valid coupons and the last purchases.
 */
public record CustomerPanel(Customer customer, PointsBalance points, Card card, int blockedCards,
        List<CustomerCoupon> coupons, List<Purchase> lastPurchases) {
}
