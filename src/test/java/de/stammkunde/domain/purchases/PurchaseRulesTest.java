package de.stammkunde.domain.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 11, 0);

    private static SaleDraft sale(String total, List<PurchaseItem> items) {
        return new SaleDraft(1, total == null ? null : new BigDecimal(total), items, "", PaymentMethod.CASH, null, "", 0);
    }

    private static PurchaseItem item(String description, String quantity, String price) {
        return new PurchaseItem(description, new BigDecimal(quantity), new BigDecimal(price));
    }

    @Test
    void aPlainAmountIsAValidSale() {
        assertEquals(List.of(), PurchaseRules.validate(sale("12.50", List.of()), NOW));
    }

    @Test
    void aSaleWithoutAmountIsRefused() {
        assertEquals(List.of(SaleProblem.TOTAL_MISSING), PurchaseRules.validate(sale(null, List.of()), NOW));
    }

    @Test
    void zeroOrNegativeAmountsAreRefusedBecauseRefundsHaveTheirOwnStep() {
        assertEquals(List.of(SaleProblem.TOTAL_NOT_POSITIVE), PurchaseRules.validate(sale("0", List.of()), NOW));
        assertEquals(List.of(SaleProblem.TOTAL_NOT_POSITIVE), PurchaseRules.validate(sale("-5", List.of()), NOW));
    }

    @Test
    void anAmountWithAZeroTooManyIsCaught() {
        assertEquals(List.of(SaleProblem.TOTAL_TOO_LARGE), PurchaseRules.validate(sale("125000", List.of()), NOW));
    }

    @Test
    void anAmountWithMoreThanCentsIsRefusedNotBookedAsZero() {
        List<SaleProblem> tooMany = List.of(SaleProblem.TOTAL_TOO_MANY_DECIMALS);
        assertEquals(tooMany, PurchaseRules.validate(sale("0.004", List.of()), NOW));
        assertEquals(tooMany, PurchaseRules.validate(sale("12.345", List.of()), NOW));
        assertEquals(List.of(), PurchaseRules.validate(sale("12.500", List.of()), NOW), "trailing zeros are cents");
    }

    @Test
    void linePricesToTheCentAndQuantitiesToTheThousandthOnly() {
        assertEquals(List.of(SaleProblem.ITEM_TOO_MANY_DECIMALS),
                PurchaseRules.validate(sale("1.01", List.of(item("Käse", "1", "1.005"))), NOW));
        assertEquals(List.of(SaleProblem.ITEM_TOO_MANY_DECIMALS),
                PurchaseRules.validate(sale("4.99", List.of(item("Käse", "1.0004", "4.99"))), NOW));
        assertEquals(List.of(), PurchaseRules.validate(sale("1.17", List.of(item("Käse", "0.235", "4.990"))), NOW));
    }

    @Test
    void linesMustAddUpToTheTotal() {
        List<PurchaseItem> items = List.of(item("Brötchen", "6", "0.45"), item("Kuchen", "1", "3.20"));

        assertEquals(List.of(), PurchaseRules.validate(sale("5.90", items), NOW));
        assertEquals(List.of(SaleProblem.ITEMS_DO_NOT_MATCH_TOTAL), PurchaseRules.validate(sale("6.00", items), NOW));
    }

    @Test
    void incompleteLinesAreNamedOnceEach() {
        List<PurchaseItem> items = List.of(item(" ", "0", "-1"), item("", "1", "1"));

        assertEquals(List.of(SaleProblem.ITEM_DESCRIPTION_MISSING, SaleProblem.ITEM_QUANTITY_NOT_POSITIVE,
                SaleProblem.ITEM_PRICE_NEGATIVE), PurchaseRules.validate(sale("1.00", items), NOW));
    }

    @Test
    void aLineTotalIsRoundedToTheCent() {
        assertEquals(new BigDecimal("1.17"), item("Käse", "0.235", "4.99").lineTotal());
    }

    @Test
    void aPurchaseInTheFutureIsRefused() {
        SaleDraft later = new SaleDraft(1, BigDecimal.TEN, List.of(), "", PaymentMethod.CASH, NOW.plusDays(1), "", 0);

        assertEquals(List.of(SaleProblem.DATE_IN_FUTURE), PurchaseRules.validate(later, NOW));
    }

    @Test
    void aPurchaseBeforeTheYear2000IsRefusedAsAMistypedYear() {
        // Before, "21.11.0026" was booked in the year 26.
        SaleDraft year26 = new SaleDraft(1, BigDecimal.TEN, List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(26, 11, 21, 10, 0), "", 0);
        SaleDraft firstDay = new SaleDraft(1, BigDecimal.TEN, List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2000, 1, 1, 0, 0), "", 0);

        assertEquals(List.of(SaleProblem.DATE_TOO_EARLY), PurchaseRules.validate(year26, NOW));
        assertEquals(List.of(), PurchaseRules.validate(firstDay, NOW));
    }

    @Test
    void aReceiptNumberLongerThanTheColumnIsRefused() {
        SaleDraft draft = new SaleDraft(1, BigDecimal.TEN, List.of(), "x".repeat(41), PaymentMethod.CASH, null, "", 0);

        assertEquals(List.of(SaleProblem.RECEIPT_TOO_LONG), PurchaseRules.validate(draft, NOW));
    }
}
