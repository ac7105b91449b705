package de.stammkunde.domain.coupons;

/** The fields of a campaign form, for error messages beside the right field. */
public enum CampaignField {
    NAME, PERCENT, AMOUNT, FREE_ITEM, MIN_PURCHASE, VALID_FROM, VALID_TO, LIMIT, TARGET
}
