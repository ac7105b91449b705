package de.stammkunde.service.demo;

import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic purchase histories for demo customers: regulars who come every one to three weeks,
 * occasional customers every one to three months, lapsed ones who used to come and stopped, and
 * a few who never bought. Amounts and line items are those of a small bakery-café and gift shop.
 * Seeded, so the same seed gives the same histories. Not thread-safe.
 */
final class DemoPurchases {

    /**
     * The rhythm of one demo customer, and the status that rhythm gives: a lapsed customer (no
     * purchase for far longer than twice the usual gap) is lost, one who never bought a prospect.
     */
    enum Profile {
        REGULAR(7, 21, 0, 14, 90, CustomerStatus.ACTIVE),
        OCCASIONAL(30, 90, 0, 90, 50, CustomerStatus.ACTIVE),
        LAPSED(10, 45, 180, 540, 40, CustomerStatus.LOST),
        NONE(0, 0, 0, 0, 5, CustomerStatus.POTENTIAL);

        final int minGap;
        final int maxGap;
        final int minSinceLast;
        final int maxSinceLast;
        /** How many of them carry a customer card, in percent. */
        final int cardPercent;
        final CustomerStatus status;

        Profile(int minGap, int maxGap, int minSinceLast, int maxSinceLast, int cardPercent, CustomerStatus status) {
            this.minGap = minGap;
            this.maxGap = maxGap;
            this.minSinceLast = minSinceLast;
            this.maxSinceLast = maxSinceLast;
            this.cardPercent = cardPercent;
            this.status = status;
        }
    }

    /** One generated sale before it is booked. */
    record Sale(LocalDateTime at, BigDecimal total, PaymentMethod payment, String receipt, List<PurchaseItem> items) {
    }

    private static final String[][] ITEMS = {
            {"Brötchen", "0.45"}, {"Laugenbrezel", "0.95"}, {"Roggenbrot", "4.20"}, {"Dinkelvollkornbrot", "4.80"},
            {"Käsekuchen (Stück)", "3.20"}, {"Bienenstich (Stück)", "3.10"}, {"Cappuccino", "3.40"},
            {"Milchkaffee", "3.60"}, {"Croissant", "1.60"}, {"Quarkbällchen (6 Stück)", "2.90"},
            {"Geschenkkorb klein", "24.90"}, {"Pralinen 250 g", "12.50"}, {"Honig aus der Region", "7.90"},
            {"Marmelade Erdbeere", "4.50"}, {"Grußkarte", "2.95"}, {"Torte auf Bestellung", "38.00"}};
    private static final PaymentMethod[] PAYMENTS = {PaymentMethod.CASH, PaymentMethod.CASH, PaymentMethod.GIROCARD,
            PaymentMethod.GIROCARD, PaymentMethod.GIROCARD, PaymentMethod.CREDIT_CARD, PaymentMethod.OTHER};

    private final SplittableRandom random;
    private final LocalDateTime now;
    private final double meanPurchases;
    private long receipt = 100000;

    /** {@code meanPurchases}: how many purchases a demo customer has on average (0 = none at all). */
    DemoPurchases(long seed, LocalDateTime now, double meanPurchases) {
        this.random = new SplittableRandom(seed * 31 + 7);
        this.now = now;
        this.meanPurchases = meanPurchases;
    }

    Profile profile() {
        int roll = random.nextInt(100);
        return roll < 30 ? Profile.REGULAR : roll < 72 ? Profile.OCCASIONAL : roll < 92 ? Profile.LAPSED : Profile.NONE;
    }

    /** A customer's purchases, oldest first. */
    List<Sale> history(Profile profile) {
        if (profile == Profile.NONE || meanPurchases <= 0) {
            return List.of();
        }
        // Regulars buy about twice as often as the mean, occasional and lapsed customers less; the
        // shares of the profiles make the overall mean come out at meanPurchases.
        double weight = switch (profile) {
            case REGULAR -> 1.9;
            case OCCASIONAL -> 0.7;
            case LAPSED -> 0.55;
            case NONE -> 0;
        };
        int count = Math.max(1, (int) Math.round(meanPurchases * weight * (0.5 + random.nextDouble())));
        List<Sale> sales = new ArrayList<>(count);
        LocalDateTime at = now.minusDays(between(profile.minSinceLast, profile.maxSinceLast))
                .withHour(between(8, 18)).withMinute(random.nextInt(60)).withSecond(0).withNano(0);
        for (int i = 0; i < count; i++) {
            if (at.isAfter(now)) {
                at = now.minusMinutes(between(5, 600));
            }
            sales.add(sale(at));
            at = at.minusDays(between(profile.minGap, profile.maxGap)).withHour(between(8, 18))
                    .withMinute(random.nextInt(60));
        }
        // Drawn newest first; the receipt numbers go up with time, as a till's do.
        List<Sale> oldestFirst = new ArrayList<>(count);
        for (int i = sales.size() - 1; i >= 0; i--) {
            Sale s = sales.get(i);
            oldestFirst.add(new Sale(s.at(), s.total(), s.payment(), "B" + (receipt++), s.items()));
        }
        return oldestFirst;
    }

    private Sale sale(LocalDateTime at) {
        PaymentMethod payment = PAYMENTS[random.nextInt(PAYMENTS.length)];
        if (random.nextInt(100) < 35) {
            List<PurchaseItem> items = new ArrayList<>();
            int lines = between(1, 4);
            BigDecimal total = Money.ZERO;
            for (int i = 0; i < lines; i++) {
                String[] item = ITEMS[random.nextInt(ITEMS.length)];
                BigDecimal quantity = BigDecimal.valueOf(between(1, item[1].length() <= 4 ? 6 : 2));
                PurchaseItem line = new PurchaseItem(item[0], quantity, new BigDecimal(item[1]));
                items.add(line);
                total = total.add(line.lineTotal());
            }
            return new Sale(at, total, payment, "", items);
        }
        // Most baskets are small, a few are large (a cake to order, a gift basket).
        double euros = Math.exp(1.6 + random.nextDouble() * 2.2);
        return new Sale(at, Money.of(BigDecimal.valueOf(euros)), payment, "", List.of());
    }

    private int between(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
