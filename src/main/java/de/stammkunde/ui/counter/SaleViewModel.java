package de.stammkunde.ui.counter;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.CouponOutcome;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.domain.purchases.SaleProblem;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.CouponRefusedException;
import de.stammkunde.service.csv.CsvValues;
import de.stammkunde.service.loyalty.PointsRefusedException;
import de.stammkunde.service.purchases.SalePreview;
import de.stammkunde.service.purchases.SaleRejectedException;
import de.stammkunde.service.purchases.SaleResult;
import de.stammkunde.service.purchases.SaleService;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sale at the counter for the customer on screen: amount, optional coupon and points, payment,
 * receipt and line items. As the user types, a preview (in the background, latest input only)
 * shows the discounts, what is left to pay and the points earned; Enter books it all in one go.
 */
public final class SaleViewModel {

    /** A quantity as typed, the decimal comma already a point: "2", "0.5", ".5", "-1". */
    private static final Pattern QUANTITY = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    /** "21/11/2026" at the start of the text: the British way, read as 21.11.2026. */
    private static final Pattern SLASHED_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b");

    /** One editable line item. */
    public static final class Line {
        private final StringProperty description = new SimpleStringProperty("");
        private final StringProperty quantity = new SimpleStringProperty("1");
        private final StringProperty unitPrice = new SimpleStringProperty("");

        public StringProperty descriptionProperty() {
            return description;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }

        public StringProperty unitPriceProperty() {
            return unitPrice;
        }
    }

    private final SaleService sales;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final Messages messages;
    private final Formats formats;
    private final Function<CouponCheck, String> couponText;

    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty coupon = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty receipt = new SimpleStringProperty("");
    private final StringProperty when = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> payment = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty amountError = new SimpleStringProperty("");
    private final StringProperty couponMessage = new SimpleStringProperty("");
    private final BooleanProperty couponValid = new SimpleBooleanProperty(false);
    private final StringProperty pointsMessage = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<SalePreview> preview = new SimpleObjectProperty<>();

    private long customerId = -1;
    /** The customer the last sale went to when that was not the one shown (it was merged into this one). */
    private long bookedForOther = -1;
    private long previewSequence;
    /** The check asked for by Enter in the coupon field, and what to do should it refuse the code. */
    private long enteredSequence = -1;
    private Runnable onEnteredRefused = () -> { };
    private Consumer<SaleResult> onBooked = result -> { };
    /** The code (normalised) the last answer accepted; empty when it accepted none. */
    private String accepted = "";
    /** The code in the field is being shown as printed: the same code, nothing to check again. */
    private boolean printing;

    public SaleViewModel(SaleService sales, TaskRunner runner, Debouncer debouncer, Messages messages, Formats formats,
            Function<CouponCheck, String> couponText) {
        this.sales = sales;
        this.runner = runner;
        this.debouncer = debouncer;
        this.messages = messages;
        this.formats = formats;
        this.couponText = couponText;
        amount.addListener((o, a, b) -> changed());
        coupon.addListener((o, a, b) -> {
            if (!printing) {
                changed();
            }
        });
        points.addListener((o, a, b) -> changed());
        when.addListener((o, a, b) -> changed());
    }

    /**
     * A new customer on screen: a fresh, empty sale for them. The customer the last sale was booked for
     * instead of the one shown (merged into it meanwhile) keeps its confirmation.
     */
    public void startFor(long id) {
        boolean bookedForThem = id == bookedForOther;
        bookedForOther = -1;
        customerId = id;
        clearInput();
        if (!bookedForThem) {
            confirmation.set("");
        }
    }

    /**
     * The same customer opened again: a new sale after the one booked (its confirmation goes), or on with
     * the one being entered, which keeps what was typed.
     */
    public void startAgain() {
        boolean entered = !amount.get().isBlank() || !coupon.get().isBlank() || !points.get().isBlank()
                || !receipt.get().isBlank() || !when.get().isBlank() || !lines.isEmpty();
        if (!entered) {
            startFor(customerId);
        }
    }

    public void setOnBooked(Consumer<SaleResult> onBooked) {
        this.onBooked = onBooked;
    }

    private void clearInput() {
        amount.set("");
        coupon.set("");
        points.set("");
        receipt.set("");
        when.set("");
        payment.set(PaymentMethod.CASH);
        lines.clear();
        amountError.set("");
        couponMessage.set("");
        couponValid.set(false);
        accepted = "";
        pointsMessage.set("");
        summary.set("");
        preview.set(null);
    }

    /**
     * The check's answer about the code in the field: a valid one is shown as printed on the coupon
     * ("6rhjuvfcdum" typed, "6RHJ-UVFC-DUM" accepted). Only for the answer to what the field holds, so
     * never while the user is typing.
     */
    private void couponChecked(CouponCheck check) {
        accepted = check != null && check.isValid() ? CouponCodes.normalise(check.code()) : "";
        couponValid.set(!accepted.isEmpty());
        showAsPrinted();
    }

    /** The coupon field left: a code accepted is shown as printed on the coupon. */
    public void couponLeft() {
        showAsPrinted();
    }

    private void showAsPrinted() {
        String typed = coupon.get();
        if (accepted.isEmpty() || !CouponCodes.normalise(typed).equals(accepted)) {
            return;
        }
        String printed = CouponCodes.format(typed);
        if (!printed.equals(typed)) {
            printing = true;
            try {
                coupon.set(printed);
            } finally {
                printing = false;
            }
        }
    }

    /**
     * Enter in the coupon field: the code is checked (with the sale as typed) and {@code onRefused} runs
     * when the answer refuses it. Not when anything was typed meanwhile: that answer is not awaited.
     */
    public void couponEntered(Runnable onRefused) {
        // the check this Enter starts (changed() counts it), which may answer before changed() returns
        enteredSequence = previewSequence + 1;
        onEnteredRefused = onRefused;
        changed();
    }

    /** The answer to the input of {@code sequence} about the code: Enter in the coupon field hears of a refusal. */
    private void couponAnswered(long sequence, CouponCheck check) {
        if (sequence == enteredSequence) {
            enteredSequence = -1;
            if (check != null && !check.isValid()) {
                onEnteredRefused.run();
            }
        }
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
        changed();
    }

    /** Called by the view when a line item's text changes. */
    public void changed() {
        confirmation.set("");
        if (customerId < 0) {
            return;
        }
        long sequence = ++previewSequence;
        debouncer.call(() -> runPreview(sequence));
    }

    private void runPreview(long sequence) {
        if (sequence != previewSequence) {
            // Enter was pressed meanwhile: its answer ("amount first") must not be wiped by a late preview.
            return;
        }
        Optional<SaleDraft> draft = draft(false);
        if (draft.isEmpty()) {
            preview.set(null);
            summary.set("");
            if (coupon.get().isBlank()) {
                // the answer was about a code no longer in the field
                couponMessage.set("");
                couponChecked(null);
            } else if (amount.get().isBlank() && when.get().isBlank()) {
                checkCouponAlone(sequence);
            }
            return;
        }
        SaleDraft d = draft.get();
        runner.submit("salePreview", p -> sales.preview(d), result -> {
            if (sequence == previewSequence) {
                show(result);
                couponAnswered(sequence, result.coupon());
            }
        }, this::failed);
    }

    /**
     * A code scanned before the amount is answered at once: another customer's, used or expired said
     * nothing until the amount was typed, and the cashier took the silence for "valid".
     */
    private void checkCouponAlone(long sequence) {
        String code = coupon.get();
        long id = customerId;
        runner.submit("couponCheck", p -> sales.checkCoupon(code, id), check -> {
            if (sequence == previewSequence) {
                couponMessage.set(couponText(check));
                couponChecked(check);
                couponAnswered(sequence, check);
            }
        }, this::failed);
    }

    /**
     * The sale as entered, or empty when a field cannot be read (its message is set). Without an
     * amount, the line items' sum is the total. While the user is still typing ({@code finished}
     * false), a line whose quantity or price is still empty is no mistake yet: empty, without a message
     * (it said "please enter quantity and unit price" while the cursor went to the price).
     */
    Optional<SaleDraft> draft(boolean finished) {
        amountError.set("");
        pointsMessage.set("");
        List<PurchaseItem> items = new ArrayList<>();
        for (Line line : lines) {
            if (line.description.get().isBlank() && line.unitPrice.get().isBlank()) {
                continue;
            }
            Optional<BigDecimal> price = formats.parseMoney(line.unitPrice.get());
            Optional<BigDecimal> quantity = parseQuantity(line.quantity.get());
            if (price.isEmpty() || quantity.isEmpty()) {
                if (!finished && (line.unitPrice.get().isBlank() || line.quantity.get().isBlank())) {
                    return Optional.empty();
                }
                boolean decimals = formats.hasMoreThanCents(line.unitPrice.get())
                        || hasTooManyDecimals(line.quantity.get());
                amountError.set(messages.get(decimals ? "sale.problem.ITEM_TOO_MANY_DECIMALS" : "sale.error.line"));
                return Optional.empty();
            }
            items.add(new PurchaseItem(line.description.get().strip(), quantity.get(), price.get()));
        }
        BigDecimal total;
        if (amount.get().isBlank()) {
            if (items.isEmpty()) {
                return Optional.empty();
            }
            total = PurchaseRules.itemsTotal(items);
        } else {
            Optional<BigDecimal> parsed = formats.parseMoney(amount.get());
            if (parsed.isEmpty()) {
                amountError.set(formats.hasMoreThanCents(amount.get())
                        ? messages.get("sale.error.cents", formats.amount(new BigDecimal("12.35")))
                        : messages.get("sale.error.amount", formats.amount(new BigDecimal("12.50"))));
                return Optional.empty();
            }
            total = parsed.get();
        }
        int pointsToRedeem = 0;
        if (!points.get().isBlank()) {
            // "1.000" as the panel shows the balance ("1.234 Punkte"); "1,5" is refused
            // "99999999999" is more than the customer holds, which the preview then says with the balance
            Optional<Integer> parsed = formats.parseWholeNumberCapped(points.get());
            if (parsed.isEmpty()) {
                pointsMessage.set(messages.get("sale.error.points"));
                return Optional.empty();
            }
            pointsToRedeem = parsed.get();
        }
        LocalDateTime at = null;
        if (!when.get().isBlank()) {
            Optional<LocalDateTime> parsed = parseWhen(when.get(), sales.now().toLocalDate());
            if (parsed.isEmpty()) {
                amountError.set(messages.get("sale.error.when"));
                return Optional.empty();
            }
            at = parsed.get();
        }
        return Optional.of(new SaleDraft(customerId, total, items, receipt.get(), payment.get(), at, coupon.get(),
                pointsToRedeem));
    }

    /**
     * A sale entered afterwards: "21.11.2026 14:05", "21/11/2026 14:05" (day first, as the English
     * screens write dates), "2026-11-21 14:05", a day alone, or "14:05" today.
     */
    private static Optional<LocalDateTime> parseWhen(String text, LocalDate today) {
        String dotted = SLASHED_DATE.matcher(text.strip()).replaceFirst("$1.$2.$3");
        // A day first: "20.11.26" read as a time was 20:11:26 today, "in the future".
        Optional<LocalDateTime> dated = CsvValues.parseDateTime(dotted, today);
        return dated.isPresent() ? dated : CsvValues.parseTime(text).map(today::atTime);
    }

    private Optional<BigDecimal> parseQuantity(String text) {
        // 1,2345 is refused, not booked as 1,235: the service refuses it too
        return typedQuantity(text).filter(q -> PurchaseRules.decimals(q) <= PurchaseRules.QUANTITY_DECIMALS)
                .map(q -> q.setScale(PurchaseRules.QUANTITY_DECIMALS, RoundingMode.UNNECESSARY));
    }

    private boolean hasTooManyDecimals(String quantity) {
        return typedQuantity(quantity).filter(q -> PurchaseRules.decimals(q) > PurchaseRules.QUANTITY_DECIMALS)
                .isPresent();
    }

    /**
     * The number typed as a quantity (1 when nothing is typed), with as many decimals as typed. Digits
     * 0–9 and one decimal sign only: {@code BigDecimal} also reads "1E999999999" (which threw when given
     * three decimals) and other scripts' digits, which no other field of the sale takes.
     */
    private static Optional<BigDecimal> typedQuantity(String text) {
        String plain = text == null ? "" : text.strip().replace(',', '.');
        if (plain.isEmpty()) {
            return Optional.of(BigDecimal.ONE);
        }
        return QUANTITY.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    private void show(SalePreview result) {
        preview.set(result);
        amountError.set(result.problems().isEmpty() ? "" : problemText(result.problems()));
        CouponCheck check = result.coupon();
        couponMessage.set(check == null ? "" : couponText(check));
        couponChecked(check);
        pointsMessage.set(result.pointsProblem() == null ? ""
                : pointsProblemText(result.pointsProblem(), result.balance()));
        String points = result.pointsDiscount().signum() > 0
                ? messages.get("sale.summary.points", formats.money(result.pointsDiscount())) + " · " : "";
        // Enter will not book with the code or the points in the field: no amount to pay that suggests otherwise
        // ("Zu zahlen: 20,00 €" under "Nicht genug Punkte", as if the points were simply left out).
        summary.set(result.canConfirm() ? points + summaryText(result) : "");
    }

    /** What is left to pay and what it earns; points of a sale older than their expiry say they lapse at once. */
    private String summaryText(SalePreview result) {
        String payable = formats.money(result.payable());
        return result.lapsedAfterMonths() > 0 && result.pointsToEarn() > 0
                ? messages.get("sale.summary.expired", payable, result.pointsToEarn(), result.lapsedAfterMonths())
                : messages.get("sale.summary", payable, result.pointsToEarn());
    }

    /** Why the code does not count, and what to do to book; or what a valid one gives. */
    private String couponText(CouponCheck check) {
        String text = couponText.apply(check);
        if (check.isValid()) {
            return text;
        }
        boolean typo = check.outcome() == CouponOutcome.MISTYPED || check.outcome() == CouponOutcome.UNKNOWN;
        return text + " " + messages.get(typo ? "sale.coupon.blocksSale.typo" : "sale.coupon.blocksSale");
    }

    /** {0} the largest amount, {1} what the line items add up to (as the lines read now), {2} an amount to the cent. */
    private String problemText(List<SaleProblem> problems) {
        List<String> texts = new ArrayList<>();
        for (SaleProblem problem : problems) {
            texts.add(messages.get("sale.problem." + problem.name(), formats.money(PurchaseRules.MAX_TOTAL),
                    formats.money(itemsTotal()), formats.amount(new BigDecimal("12.35"))));
        }
        return String.join(" ", texts);
    }

    private BigDecimal itemsTotal() {
        List<PurchaseItem> items = new ArrayList<>();
        for (Line line : lines) {
            Optional<BigDecimal> price = formats.parseMoney(line.unitPrice.get());
            Optional<BigDecimal> quantity = parseQuantity(line.quantity.get());
            if (price.isPresent() && quantity.isPresent()) {
                items.add(new PurchaseItem(line.description.get(), quantity.get(), price.get()));
            }
        }
        return PurchaseRules.itemsTotal(items);
    }

    /** The minimum comes from the last preview: a refusal when booking does not carry it. */
    private String pointsProblemText(PointsRefusedException.Reason reason, int balance) {
        SalePreview last = preview.get();
        return messages.get("sale.points." + reason.name(), balance, last == null ? 0 : last.minimumRedeem());
    }

    /** F4: as many points as the balance allows and the amount can take (none below the owner's minimum). */
    public void useAllPoints() {
        points.set("");
        Optional<SaleDraft> draft = draft(true);
        if (draft.isEmpty()) {
            if (amountError.get().isEmpty()) {
                pointsMessage.set(messages.get("sale.points.amountFirst"));
            }
            return;
        }
        long sequence = ++previewSequence;
        runner.submit("salePreview", p -> sales.preview(draft.get()), result -> {
            if (sequence != previewSequence) {
                return;
            }
            if (result.maxRedeemable() > 0) {
                points.set(Integer.toString(result.maxRedeemable()));
            } else {
                show(result);
                // Too few points, or too small an amount for the minimum: each says which.
                pointsMessage.set(messages.get(result.balance() < result.minimumRedeem() ? "sale.points.none"
                        : "sale.points.noneForAmount", result.balance(), result.minimumRedeem()));
            }
        }, this::failed);
    }

    /** Enter: books the sale; on success the form empties and the confirmation says what happened. */
    public void confirm() {
        if (busy.get() || customerId < 0) {
            return;
        }
        previewSequence++;
        Optional<SaleDraft> draft = draft(true);
        if (draft.isEmpty()) {
            if (amountError.get().isEmpty() && pointsMessage.get().isEmpty()) {
                amountError.set(messages.get("sale.problem.TOTAL_MISSING"));
            }
            return;
        }
        busy.set(true);
        runner.submit("sale", p -> sales.record(draft.get()), result -> {
            busy.set(false);
            clearInput();
            confirmation.set(confirmationText(result));
            bookedForOther = result.purchase().customerId() == customerId ? -1 : result.purchase().customerId();
            onBooked.accept(result);
        }, error -> {
            busy.set(false);
            refused(error);
        });
    }

    private String confirmationText(SaleResult result) {
        Purchase p = result.purchase();
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("sale.booked", formats.money(p.total())));
        if (p.couponDiscount().signum() > 0) {
            parts.add(messages.get("sale.booked.coupon", formats.money(p.couponDiscount())));
        }
        if (!p.freeItem().isBlank()) {
            parts.add(messages.get("sale.booked.freeItem", p.freeItem()));
        }
        if (p.pointsRedeemed() > 0) {
            parts.add(messages.get("sale.booked.redeemed", p.pointsRedeemed(), formats.money(p.pointsDiscount())));
        }
        parts.add(messages.get("sale.booked.paid", formats.money(p.paid())));
        parts.add(result.lapsedAfterMonths() > 0
                ? messages.get("sale.booked.earnedExpired", p.pointsEarned(), result.balanceAfter(),
                        result.lapsedAfterMonths())
                : messages.get("sale.booked.earned", p.pointsEarned(), result.balanceAfter()));
        return String.join(" · ", parts);
    }

    private void refused(Throwable error) {
        if (error instanceof CouponRefusedException refused) {
            couponMessage.set(couponText(refused.check()));
            couponChecked(null);
        } else if (error instanceof PointsRefusedException refused) {
            pointsMessage.set(pointsProblemText(refused.reason(), refused.balance()));
        } else if (error instanceof SaleRejectedException rejected) {
            amountError.set(problemText(rejected.problems()));
        } else {
            failed(error);
            return;
        }
        // The refusal names the first reason only; the preview of the same input says every one (a mistyped
        // code's message stayed, the points' "at least 100" went).
        runPreview(++previewSequence);
    }

    private void failed(Throwable error) {
        amountError.set(ErrorTexts.database(error, messages));
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty couponProperty() {
        return coupon;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    /** When the sale happened; empty means now. */
    public StringProperty whenProperty() {
        return when;
    }

    public StringProperty receiptProperty() {
        return receipt;
    }

    public ObjectProperty<PaymentMethod> paymentProperty() {
        return payment;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty amountErrorProperty() {
        return amountError;
    }

    public StringProperty couponMessageProperty() {
        return couponMessage;
    }

    public BooleanProperty couponValidProperty() {
        return couponValid;
    }

    public StringProperty pointsMessageProperty() {
        return pointsMessage;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<SalePreview> previewProperty() {
        return preview;
    }
}
