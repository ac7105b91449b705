package de.stammkunde.data.coupons;

/** A code of a campaign as it is printed: for whom (empty for a shared code). */
public record CampaignCoupon(String code, Long customerId, String customerNumber, String firstName,
        String lastName, String company) {
}
