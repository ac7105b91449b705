package de.stammkunde.data.coupons;

import java.time.LocalDateTime;

/** An active redemption: when, at which station, for which receipt ("" when the purchase had none). */
public record Redemption(long id, long couponId, LocalDateTime redeemedAt, String station, String receiptNumber) {
}
