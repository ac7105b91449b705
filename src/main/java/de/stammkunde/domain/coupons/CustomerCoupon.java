package de.stammkunde.domain.coupons;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A personal code a customer can still use today, as the counter panel lists it. */
public record CustomerCoupon(String code, String campaignName, Offer offer, BigDecimal minPurchase,
        LocalDate validTo) {
}
