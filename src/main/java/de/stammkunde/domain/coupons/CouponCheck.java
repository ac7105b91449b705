package de.stammkunde.domain.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The answer to a coupon code, with what the message needs: the campaign, the discount it gives on
 * the purchase checked ({@code discount}, zero for a free item), and for a used code when and where.
 * Fields that do not apply to an outcome are null (or empty text). {@code usedReceipt} is the receipt
 * number of the purchase that used the code, when it had one; {@code offer} what the campaign gives
 * (null when no campaign was found).
 */
public record CouponCheck(
        CouponOutcome outcome,
        String code,
        Long couponId,
        String campaignName,
        CampaignKind kind,
        BigDecimal discount,
        String freeItem,
        BigDecimal minPurchase,
        LocalDate validFrom,
        LocalDate validTo,
        Long ownerCustomerId,
        LocalDateTime usedAt,
        String usedWhere,
        String usedReceipt,
        Offer offer) {

    public CouponCheck {
        usedReceipt = usedReceipt == null ? "" : usedReceipt;
    }

    /** Without a receipt number (the shape of the first contract). */
    public CouponCheck(CouponOutcome outcome, String code, Long couponId, String campaignName, CampaignKind kind,
            BigDecimal discount, String freeItem, BigDecimal minPurchase, LocalDate validFrom, LocalDate validTo,
            Long ownerCustomerId, LocalDateTime usedAt, String usedWhere) {
        this(outcome, code, couponId, campaignName, kind, discount, freeItem, minPurchase, validFrom, validTo,
                ownerCustomerId, usedAt, usedWhere, "", null);
    }

    public static CouponCheck of(CouponOutcome outcome, String code) {
        return new CouponCheck(outcome, code, null, "", null, null, "", null, null, null, null, null, "", "", null);
    }

    public boolean isValid() {
        return outcome.isValid();
    }
}
