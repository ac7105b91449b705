package de.stammkunde.service.csv;

import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.service.csv.ImportPlan.Action;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a purchase import would do, purchase by purchase, before anything is written: the preview's
 * counts, the dry run's answer and the input of {@link PurchaseImportService#execute}.
 */
public record PurchaseImportPlan(
        List<String> header,
        int headerRow,
        List<PlannedPurchase> purchases,
        List<RowProblem> problems,
        List<RowProblem> notices,
        int dataRows,
        boolean complete,
        ImportOptions options) implements ImportCheck {

    /**
     * One purchase from one or more rows (its line items): new, replacing the imported purchase
     * {@code existingId}, or left out because its receipt is stored already.
     */
    public record PlannedPurchase(List<Integer> rows, Action action, long customerId, String customerNumber,
            String receipt, LocalDateTime at, BigDecimal total, PaymentMethod payment, List<PurchaseItem> items,
            Long existingId) {

        public PlannedPurchase {
            rows = List.copyOf(rows);
            items = List.copyOf(items);
        }
    }

    public PurchaseImportPlan {
        header = List.copyOf(header);
        purchases = List.copyOf(purchases);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public long count(Action action) {
        return purchases.stream().filter(p -> p.action() == action).count();
    }

    @Override
    public boolean canImport() {
        return complete && (problems.isEmpty() || options.skipInvalid())
                && purchases.stream().anyMatch(p -> p.action() != Action.SKIP);
    }
}
