package de.stammkunde.domain.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A campaign with how it did: codes issued, redemptions whose sale was kept (a use whose sale was
 * refunded does not count, whether the refund freed the coupon or came after the campaign ended and left
 * it used; {@code refunded} says how many there were) and the revenue of the purchases that used its
 * coupons and were not refunded. A personal campaign with a single code has its customer's name
 * ("Müller, Anna") and number; else both are null.
 */
public record CampaignStats(Campaign campaign, long issued, long redeemed, long refunded, BigDecimal revenue,
        String holderName, String holderNumber) {

    /**
     * Redeemed per possible redemption, 0–1: per code issued for personal codes, per allowed use for
     * a shared code with a limit; null for a shared code without limit (there is nothing to divide by).
     */
    public BigDecimal redemptionRate() {
        long possible = campaign.codeMode() == CodeMode.PERSONAL ? issued
                : campaign.redemptionLimit() == null ? 0 : campaign.redemptionLimit();
        if (possible == 0) {
            return null;
        }
        return BigDecimal.valueOf(redeemed).divide(BigDecimal.valueOf(possible), 4, RoundingMode.HALF_UP);
    }
}
