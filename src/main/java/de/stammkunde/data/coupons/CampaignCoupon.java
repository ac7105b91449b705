package de.stammkunde.data.coupons;

import java.time.LocalDateTime;

/**
 * A code of a campaign as it is printed and listed: for whom (empty for a shared code), how often
 * it was used of how often it may be ({@code maxUses} null: no limit), and when last (a redemption a
 * refund freed again does not count); how many uses a refund gave back, and when the latest of them
 * was made (null: none); and how many of the uses counted in {@code usedCount} had their sale refunded
 * after the campaign ended, which leaves a coupon used (it cannot be used again).
 */
public record CampaignCoupon(String code, Long customerId, String customerNumber, String firstName,
        String lastName, String company, int usedCount, Integer maxUses, LocalDateTime lastUsedAt,
        int refundedUses, LocalDateTime lastRefundedUseAt, int refundedAfterEnd) {
}
