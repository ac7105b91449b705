package de.stammkunde.service.printing;

/** A customer card as it is printed: the shop, the customer's name and the card number (EAN-13). */
public record PrintableCard(String shopName, String customerName, String number) {
}
