package de.stammkunde.domain.coupons;

import de.stammkunde.domain.customers.Text;
import de.stammkunde.domain.purchases.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a coupon gives: a percentage of the purchase, a fixed amount, or a free item (described in
 * words). {@code percentOff} and {@code amountOff} are null where the kind does not use them.
 */
public record Offer(CampaignKind kind, BigDecimal percentOff, BigDecimal amountOff, String freeItem) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Offer {
        // without NUL, which the database does not keep: "\0" passed "say what is free" and was stored empty
        freeItem = freeItem == null ? "" : Text.withoutNul(freeItem).strip();
    }

    public static Offer percent(String percent) {
        return new Offer(CampaignKind.PERCENT, new BigDecimal(percent), null, "");
    }

    public static Offer amount(String amount) {
        return new Offer(CampaignKind.AMOUNT, null, Money.of(amount), "");
    }

    public static Offer freeItem(String item) {
        return new Offer(CampaignKind.FREE_ITEM, null, null, item);
    }

    /**
     * The discount on a purchase of {@code total}: the percentage rounded half up to the cent, the
     * fixed amount but never more than the total, nothing for a free item (the item is given instead).
     */
    public BigDecimal discountOn(BigDecimal total) {
        BigDecimal goods = Money.of(total);
        if (goods.signum() <= 0) {
            return Money.ZERO;
        }
        return switch (kind) {
            case PERCENT -> goods.multiply(percentOff).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            case AMOUNT -> Money.min(Money.of(amountOff), goods);
            case FREE_ITEM -> Money.ZERO;
        };
    }
}
