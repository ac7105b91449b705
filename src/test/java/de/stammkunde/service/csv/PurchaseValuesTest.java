package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a till export's amounts, dates, payments and headers are read, whatever language wrote them. */
class PurchaseValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Optional<BigDecimal> amount(String text) {
        return CsvValues.parseAmount(text);
    }

    @Test
    void amountsAreReadWithCommaOrPointAndThousandsGroups() {
        assertEquals(Optional.of(new BigDecimal("12.50")), amount("12,50"));
        assertEquals(Optional.of(new BigDecimal("12.50")), amount("12.50"));
        assertEquals(Optional.of(new BigDecimal("12.50")), amount("12,5"));
        assertEquals(Optional.of(new BigDecimal("1234.56")), amount("1.234,56"));
        assertEquals(Optional.of(new BigDecimal("1234.56")), amount("1,234.56"));
        assertEquals(Optional.of(new BigDecimal("1234.00")), amount("1.234"));
        assertEquals(Optional.of(new BigDecimal("7.00")), amount("7"));
        assertEquals(Optional.of(new BigDecimal("12.50")), amount("12,50 €"));
        assertEquals(Optional.of(new BigDecimal("-3.00")), amount("-3,00"));
        assertEquals(Optional.of(new BigDecimal("-3.00")), amount("3,00-"));
    }

    @Test
    void textThatIsNoAmountIsRefused() {
        for (String bad : List.of("12,5x", "1,2,3", "1.2345", "", "abc", "1.23.45", "0.234,5")) {
            assertEquals(Optional.empty(), amount(bad), bad);
        }
    }

    @Test
    void quantitiesMayHaveThreeDecimals() {
        assertEquals(Optional.of(new BigDecimal("0.25")), CsvValues.parseQuantity("0,250"));
        assertEquals(Optional.of(new BigDecimal("2")), CsvValues.parseQuantity("2"));
        assertEquals(Optional.empty(), CsvValues.parseQuantity("0,2505"));
    }

    @Test
    void datesWithAndWithoutTimeAreRead() {
        LocalDateTime expected = LocalDateTime.of(2024, 5, 17, 14, 30);
        assertEquals(Optional.of(expected), CsvValues.parseDateTime("17.05.2024 14:30", TODAY));
        assertEquals(Optional.of(expected), CsvValues.parseDateTime("17.05.24 14:30", TODAY));
        assertEquals(Optional.of(expected), CsvValues.parseDateTime("2024-05-17T14:30", TODAY));
        assertEquals(Optional.of(expected.withSecond(5)), CsvValues.parseDateTime("2024-05-17 14:30:05", TODAY));
        assertEquals(Optional.of(expected.toLocalDate().atStartOfDay()), CsvValues.parseDateTime("17.05.2024", TODAY));
        assertEquals(Optional.empty(), CsvValues.parseDateTime("17.05.2024 25:00", TODAY));
        assertEquals(Optional.empty(), CsvValues.parseDateTime("gestern", TODAY));
    }

    @Test
    void paymentWordsOfGermanAndEnglishTillsAreKnownAndOthersAreOther() {
        assertEquals(PaymentMethod.CASH, CsvValues.parsePayment("Bar"));
        assertEquals(PaymentMethod.GIROCARD, CsvValues.parsePayment("EC"));
        assertEquals(PaymentMethod.GIROCARD, CsvValues.parsePayment("Karte"));
        assertEquals(PaymentMethod.CREDIT_CARD, CsvValues.parsePayment("Kreditkarte"));
        assertEquals(PaymentMethod.INVOICE, CsvValues.parsePayment("Rechnung"));
        assertEquals(PaymentMethod.CASH, CsvValues.parsePayment("cash"));
        assertEquals(PaymentMethod.OTHER, CsvValues.parsePayment("Gutschein"));
    }

    @Test
    void tillHeadersInGermanAndEnglishAreMapped() {
        assertEquals(Arrays.asList(PurchaseColumn.RECEIPT, PurchaseColumn.DATE, PurchaseColumn.NUMBER,
                PurchaseColumn.CARD, PurchaseColumn.EMAIL, PurchaseColumn.TOTAL, PurchaseColumn.PAYMENT,
                PurchaseColumn.ITEM, PurchaseColumn.QUANTITY, PurchaseColumn.PRICE, null),
                PurchaseColumn.autoMap(List.of("Belegnummer", "Kaufdatum", "Kunden-Nr.", "Karte", "E-Mail", "Summe",
                        "Zahlungsart", "Warengruppe", "Menge", "Einzelpreis", "Filiale")));
        assertEquals(List.of(PurchaseColumn.NUMBER, PurchaseColumn.DATE, PurchaseColumn.TIME, PurchaseColumn.RECEIPT,
                PurchaseColumn.TOTAL), PurchaseColumn.autoMap(List.of("Customer number", "Date", "Time", "Receipt",
                        "Amount")));
    }

    @Test
    void eachColumnsOwnLabelIsRecognisedAsItsHeader() {
        for (Messages messages : List.of(new Messages(java.util.Locale.GERMAN), new Messages(java.util.Locale.ENGLISH))) {
            for (PurchaseColumn column : PurchaseColumn.values()) {
                assertEquals(List.of(column), PurchaseColumn.autoMap(List.of(messages.get(column.labelKey()))),
                        messages.get(column.labelKey()));
            }
        }
    }
}
