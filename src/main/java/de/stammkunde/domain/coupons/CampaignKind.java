package de.stammkunde.domain.coupons;

/** What a coupon gives. */
public enum CampaignKind {
    PERCENT, AMOUNT, FREE_ITEM
}
