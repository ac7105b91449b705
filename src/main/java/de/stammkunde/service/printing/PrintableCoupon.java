package de.stammkunde.service.printing;

/**
 * One coupon as it is printed, all texts already in the user's language: the shop, the campaign,
 * what it gives ("10 % Rabatt", "5,00 € off"), on what condition ("Ab einem Einkauf von 20,00 €",
 * "" for none), how long it is valid, for whom ("" for a shared code) and the code (printed as text
 * and as a QR code).
 */
public record PrintableCoupon(String shopName, String campaignName, String offer, String condition,
        String validity, String customerName, String code) {
}
