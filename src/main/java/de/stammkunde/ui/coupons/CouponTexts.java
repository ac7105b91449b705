package de.stammkunde.ui.coupons;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.CouponMessages;
import de.stammkunde.service.printing.PrintableCoupon;
import java.math.BigDecimal;
import java.util.List;

/** A campaign's coupons in the user's language: on paper, and in the coupons table. */
final class CouponTexts {

    private final Messages messages;
    private final Formats formats;

    CouponTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "10 % off", "5,00 € off", "Free: a coffee". */
    String offer(Campaign campaign) {
        return CouponMessages.offer(campaign.offer(), messages, formats);
    }

    /**
     * In the campaigns table: the offer with its minimum purchase where it has one, "5,00 € Rabatt ab 30,00 €
     * Einkauf" (as the counter lists the coupon). Without it two campaigns of "5,00 € Rabatt" looked alike,
     * and a minimum set by mistake showed nowhere but on the printed coupons.
     */
    String listedOffer(Campaign campaign) {
        return CouponMessages.offer(campaign.offer(), campaign.minPurchase(), messages, formats);
    }

    String validity(Campaign campaign) {
        return messages.get("coupons.validity", formats.date(campaign.validFrom()), formats.date(campaign.validTo()));
    }

    /** On paper, where no column header says what the dates are: "Gültig vom 01.11.2026 bis 30.11.2026". */
    String printedValidity(Campaign campaign) {
        return messages.get("coupons.paper.validity", formats.date(campaign.validFrom()),
                formats.date(campaign.validTo()));
    }

    /** "Ab einem Einkauf von 20,00 €" where the campaign asks for a minimum purchase, else "". */
    String condition(Campaign campaign) {
        BigDecimal minimum = campaign.minPurchase();
        return minimum == null || minimum.signum() <= 0 ? ""
                : messages.get("coupons.paper.minPurchase", formats.money(minimum));
    }

    /**
     * In the table: "24.11. – 24.12.2026", "24 Nov – 24 Dec 2026", the year once where both dates share it
     * (the column fits a 1024-pixel screen in English, too); "04.11.2026 – 03.01.2027" across a new year.
     */
    String shortValidity(Campaign campaign) {
        boolean sameYear = campaign.validFrom() != null && campaign.validTo() != null
                && campaign.validFrom().getYear() == campaign.validTo().getYear();
        return messages.get("coupons.validity", sameYear ? formats.dayAndMonth(campaign.validFrom())
                : formats.date(campaign.validFrom()), formats.date(campaign.validTo()));
    }

    List<PrintableCoupon> printable(Campaign campaign, String shopName, List<CampaignCoupon> codes) {
        String offer = offer(campaign);
        String condition = condition(campaign);
        String validity = printedValidity(campaign);
        return codes.stream().map(k -> new PrintableCoupon(shopName, campaign.name(), offer, condition, validity,
                printedName(k), CouponCodes.format(k.code()))).toList();
    }

    /** "Anna Müller" as on a letter; the company when there is no personal name; "" for a shared code. */
    static String printedName(CampaignCoupon coupon) {
        if (coupon.customerId() == null) {
            return "";
        }
        String person = (coupon.firstName() + " " + coupon.lastName()).strip();
        return person.isEmpty() ? coupon.company() : person;
    }

    /**
     * For whom, in the table: the name, or that everyone may use a shared code; a customer without a name
     * is one whose data were erased (a name or a company is required otherwise).
     */
    String holder(CampaignCoupon coupon) {
        if (coupon.customerId() == null) {
            return messages.get("coupons.codes.everyone");
        }
        String name = printedName(coupon);
        return name.isBlank() ? messages.get("coupons.codes.erased") : name;
    }

    /**
     * "open", "used on 22.11.2026", or for a shared code "3 of 50 used" / "used 3 times"; a use a refund
     * gave back leaves a trace: "free again · use of 20.11.2026 refunded", else " · 1 use refunded"; a use
     * whose sale was refunded after the campaign ended says why the coupon stays used.
     */
    String status(CampaignCoupon coupon) {
        if (coupon.maxUses() != null && coupon.maxUses() == 1) {
            if (coupon.usedCount() == 0 || coupon.lastUsedAt() == null) {
                return coupon.lastRefundedUseAt() == null ? messages.get("coupons.codes.open")
                        : messages.get("coupons.codes.openAfterRefund",
                                formats.date(coupon.lastRefundedUseAt().toLocalDate()));
            }
            String used = messages.get("coupons.codes.used", formats.date(coupon.lastUsedAt().toLocalDate()));
            return refunded(coupon, coupon.refundedAfterEnd() == 0 ? used
                    : messages.get("coupons.codes.usedRefundedAfterEnd", used));
        }
        String used = coupon.maxUses() == null ? messages.get("coupons.codes.usedTimes", coupon.usedCount())
                : messages.get("coupons.codes.usedOf", coupon.usedCount(), coupon.maxUses());
        return refunded(coupon, coupon.refundedAfterEnd() == 0 ? used
                : messages.get("coupons.codes.refundedAfterEnd", used, coupon.refundedAfterEnd()));
    }

    private String refunded(CampaignCoupon coupon, String status) {
        return coupon.refundedUses() == 0 ? status
                : messages.get("coupons.codes.refunded", status, coupon.refundedUses());
    }
}
