package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import java.math.BigDecimal;

/** What the counter (and {@code redeem-check}) says to a coupon check, in the user's language. */
public final class CouponMessages {

    private CouponMessages() {
    }

    /** One plain sentence per outcome: the discount when valid, else why not and what to do. */
    public static String describe(CouponCheck check, Messages messages, Formats formats) {
        return switch (check.outcome()) {
            case VALID -> valid(check, messages, formats);
            case EXPIRED -> messages.get("coupons.check.EXPIRED", formats.date(check.validTo()));
            case NOT_YET_VALID -> messages.get("coupons.check.NOT_YET_VALID", formats.date(check.validFrom()));
            case ALREADY_USED -> alreadyUsed(check, messages, formats);
            case MINIMUM_NOT_REACHED -> messages.get("coupons.check.MINIMUM_NOT_REACHED",
                    formats.money(check.minPurchase()));
            case LIMIT_REACHED, OTHER_CUSTOMER, UNKNOWN, MISTYPED -> messages.get("coupons.check." + check.outcome());
        };
    }

    /** What a campaign gives, e.g. "10 % off", "5,00 € Rabatt", "Free: a coffee". */
    public static String offer(Offer offer, Messages messages, Formats formats) {
        return switch (offer.kind()) {
            case PERCENT -> messages.get("coupons.offer.PERCENT", offer.percentOff());
            case AMOUNT -> messages.get("coupons.offer.AMOUNT", formats.money(offer.amountOff()));
            case FREE_ITEM -> messages.get("coupons.offer.FREE_ITEM", offer.freeItem());
        };
    }

    /**
     * The offer with its minimum purchase where it has one: "5,00 € Rabatt ab 30,00 € Einkauf"; without one, as
     * {@link #offer}.
     */
    public static String offer(Offer offer, BigDecimal minPurchase, Messages messages, Formats formats) {
        String given = offer(offer, messages, formats);
        return minPurchase == null || minPurchase.signum() <= 0 ? given
                : messages.get("coupons.offerWithMin", given, formats.money(minPurchase));
    }

    private static String valid(CouponCheck check, Messages messages, Formats formats) {
        if (check.discount() == null || check.discount().signum() == 0) {
            // Before the amount (a code scanned before the card): the minimum too, so the customer hears of it
            // before paying and not as "minimum purchase not reached" after.
            String offer = check.offer() == null ? check.campaignName()
                    : offer(check.offer(), check.minPurchase(), messages, formats);
            return messages.get("coupons.check.VALID", offer, check.campaignName());
        }
        String offer = check.offer() == null ? check.campaignName() : offer(check.offer(), messages, formats);
        return messages.get("coupons.check.VALID.discount", offer, formats.money(check.discount()),
                check.campaignName());
    }

    private static String alreadyUsed(CouponCheck check, Messages messages, Formats formats) {
        if (check.usedAt() == null) {
            return messages.get("coupons.check.ALREADY_USED.now");
        }
        String when = formats.dateTime(check.usedAt());
        String where = check.usedWhere();
        String receipt = check.usedReceipt();
        if (receipt.isEmpty()) {
            return where.isEmpty() ? messages.get("coupons.check.ALREADY_USED", when)
                    : messages.get("coupons.check.ALREADY_USED.where", when, where);
        }
        return where.isEmpty() ? messages.get("coupons.check.ALREADY_USED.receipt", when, receipt)
                : messages.get("coupons.check.ALREADY_USED.whereReceipt", when, where, receipt);
    }
}
