package de.stammkunde.service.printing;

/**
 * One coupon as it is printed, all texts already in the user's language: the shop, the campaign,
 * what it gives ("10 % Rabatt", "5,00 € off"), how long it is valid, for whom ("" for a shared code)
 * and the code (printed as text and as a QR code).
 */
public record PrintableCoupon(String shopName, String campaignName, String offer, String validity,
        String customerName, String code) {
}
