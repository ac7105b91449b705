package de.stammkunde.service.csv;

import java.util.Arrays;
import java.util.List;

/**
 * A column of a till's (POS) export of purchases, recognised by its German or English header. The
 * customer is found by number, card or e-mail; one row is one line item, rows with the same receipt
 * number and customer make one purchase.
 */
public enum PurchaseColumn implements ImportColumn {
    NUMBER("number", "Kundennummer", "Kundennr", "Kunden-Nr.", "Kd.-Nr.", "KdNr", "Customer number", "Customer no",
            "Customer ID", "Customer"),
    CARD("card", "Kartennummer", "Karte", "Karten-Nr.", "Kundenkarte", "Card number", "Card", "Card no",
            "Loyalty card"),
    EMAIL("email", "E-Mail", "Email", "E-Mail-Adresse", "Mail", "Email address", "E-mail address"),
    DATE("date", "Datum", "Kaufdatum", "Belegdatum", "Bondatum", "Datum/Uhrzeit", "Zeitpunkt", "Date",
            "Purchase date", "Date/time", "Date and time"),
    TIME("time", "Uhrzeit", "Zeit", "Time"),
    RECEIPT("receipt", "Bonnummer", "Bon", "Bon-Nr.", "Belegnummer", "Beleg", "Beleg-Nr.", "Receipt number",
            "Receipt", "Receipt no"),
    TOTAL("total", "Betrag", "Summe", "Gesamt", "Gesamtbetrag", "Bonsumme", "Total", "Amount"),
    PAYMENT("payment", "Zahlart", "Zahlungsart", "Zahlweise", "Payment", "Payment method"),
    ITEM("item", "Artikel", "Produkt", "Warengruppe", "Artikelbezeichnung", "Bezeichnung", "Item", "Product",
            "Category"),
    QUANTITY("quantity", "Menge", "Anzahl", "Stück", "Quantity", "Qty"),
    PRICE("price", "Einzelpreis", "Preis", "Stückpreis", "Unit price", "Price");

    private static final HeaderMatcher<PurchaseColumn> HEADERS = new HeaderMatcher<>(values());

    private final String key;
    private final List<String> aliases;

    PurchaseColumn(String key, String... aliases) {
        this.key = key;
        this.aliases = List.copyOf(Arrays.asList(aliases));
    }

    @Override
    public String labelKey() {
        return "purchaseImport.column." + key;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** Whether the column names the customer. */
    public boolean identifies() {
        return this == NUMBER || this == CARD || this == EMAIL;
    }

    public static List<PurchaseColumn> autoMap(List<String> headers) {
        return HEADERS.autoMap(headers);
    }
}
