package de.stammkunde.domain.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The answer to a coupon code, with what the message needs: the campaign, the discount it gives on
 * the purchase checked ({@code discount}, zero for a free item), and for a used code when and where.
 * Fields that do not apply to an outcome are null (or empty text).
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
        String usedWhere) {

    public static CouponCheck of(CouponOutcome outcome, String code) {
        return new CouponCheck(outcome, code, null, "", null, null, "", null, null, null, null, null, "");
    }

    public boolean isValid() {
        return outcome.isValid();
    }
}
