package de.stammkunde.service.csv;

import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one row of a till's export: who bought (the first of customer number, card number and
 * e-mail the row fills), when, which receipt, the total, how it was paid and an optional line item.
 * Every unreadable value becomes a {@link RowProblem} naming the row and the column; whether the
 * customer exists is the service's question.
 */
public final class PurchaseRowParser {

    /** The cell that names the customer. */
    public record Identity(PurchaseColumn column, String header, String value) {
    }

    /** One row as read; {@code at}, {@code total}, {@code price}, {@code payment} are null where the row has none. */
    public record Line(int row, Identity identity, String receipt, LocalDateTime at, BigDecimal total,
            PaymentMethod payment, String item, BigDecimal quantity, BigDecimal price, List<RowProblem> problems) {

        public boolean hasItem() {
            return !item.isEmpty();
        }
    }

    private final List<PurchaseColumn> mapping;
    private final Map<PurchaseColumn, Integer> index = new EnumMap<>(PurchaseColumn.class);
    private final Map<PurchaseColumn, String> headerOf = new EnumMap<>(PurchaseColumn.class);
    private final LocalDateTime now;

    public PurchaseRowParser(List<String> header, List<PurchaseColumn> mapping, LocalDateTime now) {
        if (header.size() != mapping.size()) {
            throw new IllegalArgumentException("one mapping per header needed");
        }
        this.mapping = new ArrayList<>(mapping);
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null && index.putIfAbsent(mapping.get(i), i) == null) {
                headerOf.put(mapping.get(i), header.get(i));
            }
        }
        this.now = now;
    }

    /** What the mapping lacks to read any purchase at all (problems of the header, in {@code headerRow}). */
    public List<RowProblem> headerProblems(int headerRow) {
        List<RowProblem> problems = new ArrayList<>();
        if (mapping.stream().noneMatch(c -> c != null && c.identifies())) {
            problems.add(RowProblem.of(headerRow, "", "purchaseImport.problem.noCustomerColumn"));
        }
        if (!index.containsKey(PurchaseColumn.DATE)) {
            problems.add(RowProblem.of(headerRow, "", "purchaseImport.problem.noDateColumn"));
        }
        if (!index.containsKey(PurchaseColumn.TOTAL) && !index.containsKey(PurchaseColumn.PRICE)) {
            problems.add(RowProblem.of(headerRow, "", "purchaseImport.problem.noAmountColumn"));
        }
        return problems;
    }

    public String header(PurchaseColumn column) {
        return headerOf.getOrDefault(column, "");
    }

    public Line parse(int row, List<String> fields) {
        List<RowProblem> problems = new ArrayList<>(0);
        Identity identity = identity(fields);
        if (identity == null) {
            problems.add(RowProblem.of(row, "", "purchaseImport.problem.noCustomer"));
        }
        String receipt = cell(fields, PurchaseColumn.RECEIPT);
        if (receipt.length() > PurchaseRules.MAX_RECEIPT_LENGTH) {
            problems.add(problem(row, PurchaseColumn.RECEIPT, "purchaseImport.problem.receiptTooLong",
                    PurchaseRules.MAX_RECEIPT_LENGTH));
        }
        LocalDateTime at = dateTime(row, fields, problems);
        BigDecimal total = total(row, fields, problems);
        String paymentText = cell(fields, PurchaseColumn.PAYMENT);
        PaymentMethod payment = paymentText.isEmpty() ? null : CsvValues.parsePayment(paymentText);
        String item = cell(fields, PurchaseColumn.ITEM);
        if (item.length() > PurchaseRules.MAX_ITEM_LENGTH) {
            problems.add(problem(row, PurchaseColumn.ITEM, "purchaseImport.problem.itemTooLong",
                    PurchaseRules.MAX_ITEM_LENGTH));
        }
        BigDecimal quantity = quantity(row, fields, problems);
        BigDecimal price = price(row, fields, problems);
        if (item.isEmpty() && (quantity != null || price != null)) {
            problems.add(problem(row, PurchaseColumn.ITEM, "purchaseImport.problem.itemMissing"));
        }
        return new Line(row, identity, receipt, at, total, payment, item, quantity, price, problems);
    }

    private Identity identity(List<String> fields) {
        for (PurchaseColumn column : List.of(PurchaseColumn.NUMBER, PurchaseColumn.CARD, PurchaseColumn.EMAIL)) {
            String value = cell(fields, column);
            if (!value.isEmpty()) {
                return new Identity(column, header(column), value);
            }
        }
        return null;
    }

    private LocalDateTime dateTime(int row, List<String> fields, List<RowProblem> problems) {
        String dateText = cell(fields, PurchaseColumn.DATE);
        String timeText = cell(fields, PurchaseColumn.TIME);
        if (dateText.isEmpty()) {
            return null;
        }
        LocalDate today = now.toLocalDate();
        Optional<LocalDateTime> at = CsvValues.parseDateTime(dateText, today);
        if (at.isEmpty()) {
            problems.add(problem(row, PurchaseColumn.DATE, "purchaseImport.problem.date", dateText));
            return null;
        }
        LocalDateTime result = at.get();
        if (!timeText.isEmpty()) {
            Optional<LocalTime> time = CsvValues.parseTime(timeText);
            if (time.isEmpty()) {
                problems.add(problem(row, PurchaseColumn.TIME, "purchaseImport.problem.time", timeText));
                return null;
            }
            result = result.toLocalDate().atTime(time.get());
        }
        String mistake = result.isAfter(now.plusMinutes(5)) ? "purchaseImport.problem.future"
                : PurchaseRules.tooEarly(result) ? "purchaseImport.problem.tooEarly" : null;
        if (mistake != null) {
            problems.add(problem(row, PurchaseColumn.DATE, mistake,
                    timeText.isEmpty() ? dateText : dateText + " " + timeText));
            return null;
        }
        return result;
    }

    private BigDecimal total(int row, List<String> fields, List<RowProblem> problems) {
        String text = cell(fields, PurchaseColumn.TOTAL);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> parsed = CsvValues.parseAmount(text);
        if (parsed.isEmpty()) {
            problems.add(problem(row, PurchaseColumn.TOTAL, "purchaseImport.problem.amount", text));
            return null;
        }
        BigDecimal total = parsed.get();
        if (total.signum() < 0) {
            problems.add(problem(row, PurchaseColumn.TOTAL, "purchaseImport.problem.negative", text));
        } else if (total.signum() == 0) {
            problems.add(problem(row, PurchaseColumn.TOTAL, "purchaseImport.problem.zero"));
        } else if (total.compareTo(PurchaseRules.MAX_TOTAL) > 0) {
            problems.add(problem(row, PurchaseColumn.TOTAL, "purchaseImport.problem.tooLarge", text));
        } else {
            return total;
        }
        return null;
    }

    private BigDecimal quantity(int row, List<String> fields, List<RowProblem> problems) {
        String text = cell(fields, PurchaseColumn.QUANTITY);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> parsed = CsvValues.parseQuantity(text);
        if (parsed.isEmpty() || parsed.get().signum() <= 0) {
            problems.add(problem(row, PurchaseColumn.QUANTITY, "purchaseImport.problem.quantity", text));
            return null;
        }
        if (parsed.get().compareTo(PurchaseRules.MAX_QUANTITY) > 0) {
            problems.add(problem(row, PurchaseColumn.QUANTITY, "purchaseImport.problem.quantityTooLarge", text));
            return null;
        }
        return parsed.get();
    }

    private BigDecimal price(int row, List<String> fields, List<RowProblem> problems) {
        String text = cell(fields, PurchaseColumn.PRICE);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> parsed = CsvValues.parseAmount(text);
        if (parsed.isEmpty() || parsed.get().signum() < 0) {
            problems.add(problem(row, PurchaseColumn.PRICE, "purchaseImport.problem.price", text));
            return null;
        }
        if (parsed.get().compareTo(PurchaseRules.MAX_TOTAL) > 0) {
            problems.add(problem(row, PurchaseColumn.PRICE, "purchaseImport.problem.priceTooLarge", text));
            return null;
        }
        return parsed.get();
    }

    private String cell(List<String> fields, PurchaseColumn column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    private RowProblem problem(int row, PurchaseColumn column, String key, Object... args) {
        return RowProblem.of(row, header(column), key, args);
    }
}
