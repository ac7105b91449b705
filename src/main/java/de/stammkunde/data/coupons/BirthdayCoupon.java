package de.stammkunde.data.coupons;

import java.time.LocalDateTime;

/** A birthday campaign's code: the customer it is for and when it was issued. */
public record BirthdayCoupon(long customerId, LocalDateTime issuedAt) {
}
