package de.stammkunde.domain.purchases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The checks a sale passes before anything is booked. */
public final class PurchaseRules {

    /** A shop till, not a car dealer: larger totals are almost always a typing slip (an extra zero). */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("100000.00");
    public static final int MAX_RECEIPT_LENGTH = 40;
    /** The longest note a purchase keeps, as a refund's reason (the column's size). */
    public static final int MAX_NOTE_LENGTH = 400;
    /** The longest article or product group a line item can name (the column's size). */
    public static final int MAX_ITEM_LENGTH = 200;
    /** Amounts and prices are booked to the cent, quantities to the thousandth (e.g. 0,235 kg). */
    public static final int MONEY_DECIMALS = 2;
    public static final int QUANTITY_DECIMALS = 3;
    /** More of one article is a typing slip (the column holds less than ten million). */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("100000");
    /** No shop records purchases from before this day: "21.11.0026" or "21.11.1926" is a slip. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    private PurchaseRules() {
    }

    public static List<SaleProblem> validate(SaleDraft draft, LocalDateTime now) {
        List<SaleProblem> problems = new ArrayList<>();
        BigDecimal total = draft.total();
        if (total == null) {
            problems.add(SaleProblem.TOTAL_MISSING);
        } else if (total.signum() <= 0) {
            problems.add(SaleProblem.TOTAL_NOT_POSITIVE);
        } else if (total.compareTo(MAX_TOTAL) > 0) {
            problems.add(SaleProblem.TOTAL_TOO_LARGE);
        } else if (decimals(total) > MONEY_DECIMALS) {
            // 0.004 would be booked as 0.00: refused as the counter's field does
            problems.add(SaleProblem.TOTAL_TOO_MANY_DECIMALS);
        }
        problems.addAll(itemProblems(draft.items(), total));
        if (draft.receiptNumber().length() > MAX_RECEIPT_LENGTH) {
            problems.add(SaleProblem.RECEIPT_TOO_LONG);
        }
        if (draft.purchasedAt() != null && draft.purchasedAt().isAfter(now.plusMinutes(5))) {
            problems.add(SaleProblem.DATE_IN_FUTURE);
        } else if (draft.purchasedAt() != null && tooEarly(draft.purchasedAt())) {
            problems.add(SaleProblem.DATE_TOO_EARLY);
        }
        if (draft.pointsToRedeem() < 0) {
            problems.add(SaleProblem.POINTS_NEGATIVE);
        }
        return problems;
    }

    /** Whether a purchase at this time is before {@link #EARLIEST_DATE}: a mistyped year. */
    public static boolean tooEarly(LocalDateTime purchasedAt) {
        return purchasedAt.toLocalDate().isBefore(EARLIEST_DATE);
    }

    /** Line items are optional; when given, each must be complete and together they make the total. */
    public static List<SaleProblem> itemProblems(List<PurchaseItem> items, BigDecimal total) {
        List<SaleProblem> problems = new ArrayList<>();
        if (items.isEmpty()) {
            return problems;
        }
        for (PurchaseItem item : items) {
            if (item.description() == null || item.description().isBlank()) {
                addOnce(problems, SaleProblem.ITEM_DESCRIPTION_MISSING);
            } else if (item.description().length() > MAX_ITEM_LENGTH) {
                // a text pasted into the article field by mistake: the database refused it, and the
                // counter said only "Die Datenbank antwortet nicht wie erwartet"
                addOnce(problems, SaleProblem.ITEM_DESCRIPTION_TOO_LONG);
            }
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                addOnce(problems, SaleProblem.ITEM_QUANTITY_NOT_POSITIVE);
            } else if (item.quantity().compareTo(MAX_QUANTITY) > 0) {
                addOnce(problems, SaleProblem.ITEM_QUANTITY_TOO_LARGE);
            }
            if (item.unitPrice() == null || item.unitPrice().signum() < 0) {
                addOnce(problems, SaleProblem.ITEM_PRICE_NEGATIVE);
            }
            if (item.quantity() != null && decimals(item.quantity()) > QUANTITY_DECIMALS
                    || item.unitPrice() != null && decimals(item.unitPrice()) > MONEY_DECIMALS) {
                addOnce(problems, SaleProblem.ITEM_TOO_MANY_DECIMALS);
            }
        }
        if (problems.isEmpty() && total != null && itemsTotal(items).compareTo(Money.of(total)) != 0) {
            problems.add(SaleProblem.ITEMS_DO_NOT_MATCH_TOTAL);
        }
        return problems;
    }

    public static BigDecimal itemsTotal(List<PurchaseItem> items) {
        BigDecimal sum = Money.ZERO;
        for (PurchaseItem item : items) {
            sum = sum.add(item.lineTotal());
        }
        return sum;
    }

    /** The decimals that carry a value: 12.50 and 12.5 have one, 0.004 has three. */
    public static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static void addOnce(List<SaleProblem> problems, SaleProblem problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }
}
