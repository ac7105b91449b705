package de.stammkunde.data.coupons;

import java.time.LocalDateTime;

/** A code to insert: a personal one has a customer and one use, a shared one none and the campaign's limit. */
public record NewCoupon(long campaignId, String code, Long customerId, Integer maxUses, LocalDateTime issuedAt) {
}
