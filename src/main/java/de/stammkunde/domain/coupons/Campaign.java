package de.stammkunde.domain.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored coupon campaign. {@code redemptionLimit} only for a shared code; null means unlimited.
 * {@code target}: whom it was made for; where that is {@link CampaignTarget.Unknown},
 * {@code targetDescription} says it in the words of the day it was made.
 */
public record Campaign(
        long id,
        String name,
        Offer offer,
        BigDecimal minPurchase,
        LocalDate validFrom,
        LocalDate validTo,
        CodeMode codeMode,
        Integer redemptionLimit,
        String targetDescription,
        String createdBy,
        LocalDateTime createdAt,
        CampaignTarget target) {

    public Campaign {
        target = target == null ? CampaignTarget.UNKNOWN : target;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public BigDecimal discountOn(BigDecimal total) {
        return offer.discountOn(total);
    }
}
