package de.stammkunde.ui.purchases;

import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.domain.purchases.YearSum;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.purchases.AlreadyRefundedException;
import de.stammkunde.service.purchases.PurchaseService;
import de.stammkunde.service.purchases.RefundResult;
import de.stammkunde.service.purchases.SaleService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's purchases, newest first, with sums per year. A sale can be refunded (with a
 * reason); the refund appears as its own row and the sale is marked refunded.
 */
public final class PurchaseHistoryViewModel {

    private final PurchaseService purchases;
    private final SaleService sales;
    private final TaskRunner runner;
    private final Messages messages;
    private final Formats formats;
    private final Runnable onChange;

    private final ObservableList<Purchase> rows = FXCollections.observableArrayList();
    private final ObservableList<YearSum> years = FXCollections.observableArrayList();
    private final ObjectProperty<Purchase> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** What the empty list says: nothing while it loads, then how to record a first purchase. */
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final BooleanProperty noPurchases = new SimpleBooleanProperty();
    /** Set while a refund is being booked: it cannot be given a second time meanwhile. */
    private final BooleanProperty refunding = new SimpleBooleanProperty();
    private final StringBinding itemsEmptyText;
    private final BooleanBinding canRefund;
    private long customerId = -1;
    /** Points lapsed of each purchase shown, by its id: "+50" alone read as if they were earned and held. */
    private Map<Long, Integer> lapsed = Map.of();

    public PurchaseHistoryViewModel(PurchaseService purchases, SaleService sales, TaskRunner runner, Messages messages,
            Formats formats, Runnable onChange) {
        this.purchases = purchases;
        this.sales = sales;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.onChange = onChange;
        // "No line items recorded" only about a purchase chosen, not under a list without any.
        this.itemsEmptyText = Bindings.createStringBinding(() -> selected.get() == null ? ""
                : messages.get("history.noItems"), selected);
        this.canRefund = Bindings.createBooleanBinding(() -> {
            Purchase p = selected.get();
            return p != null && !p.isRefund() && !p.isRefunded() && !refunding.get();
        }, selected, refunding);
    }

    public void load(long id) {
        customerId = id;
        runner.submit("purchaseHistory", p -> new Loaded(purchases.history(id), purchases.yearSums(id),
                purchases.lapsedPoints(id)), loaded -> {
            long keep = selected.get() == null ? -1 : selected.get().id();
            lapsed = loaded.lapsed();
            rows.setAll(loaded.history());
            years.setAll(loaded.years());
            noPurchases.set(loaded.history().isEmpty());
            emptyText.set(messages.get("history.emptyHowTo"));
            // The same purchase stays selected after a refund (now marked refunded), else the newest.
            selected.set(loaded.history().stream().filter(r -> r.id() == keep).findFirst()
                    .orElse(loaded.history().isEmpty() ? null : loaded.history().get(0)));
        }, error -> message.set(ErrorTexts.database(error, messages)));
    }

    private record Loaded(List<Purchase> history, List<YearSum> years, Map<Long, Integer> lapsed) {
    }

    /** The date column: "02.05.2024, 14:05", the date alone for a purchase imported without a time. */
    public String whenText(Purchase purchase) {
        return formats.dateTimeIfKnown(purchase.purchasedAt());
    }

    /**
     * The points column: "+50" earned, and what of them lapsed since ("+50 (verfallen)"), as for a sale entered
     * afterwards older than the rules' months, whose points lapsed the moment it was booked.
     */
    public String pointsText(Purchase purchase) {
        String text = PurchaseTexts.points(purchase, formats);
        int gone = lapsed.getOrDefault(purchase.id(), 0);
        if (gone <= 0 || purchase.pointsEarned() <= 0) {
            return text;
        }
        return gone >= purchase.pointsEarned() ? messages.get("history.points.lapsed", text)
                : messages.get("history.points.lapsedSome", text, gone);
    }

    /**
     * False, with a message saying what to enter, while no reason for the refund is given or the reason is
     * longer than a purchase's note holds (a text pasted by mistake failed after the question, as a database error).
     */
    public boolean readyToRefund() {
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(messages.get("history.reasonRequired"));
            return false;
        }
        int length = reason.get().strip().length();
        if (length > PurchaseRules.MAX_NOTE_LENGTH) {
            message.set(messages.get("history.reasonTooLong", PurchaseRules.MAX_NOTE_LENGTH, length));
            return false;
        }
        return true;
    }

    /** Refunds the selected sale; the caller has asked the user to confirm. */
    public void refundSelected() {
        Purchase purchase = selected.get();
        if (purchase == null || !canRefund.get() || !readyToRefund()) {
            return;
        }
        message.set("");
        refunding.set(true);
        runner.submit("refund", p -> sales.refund(purchase.id(), reason.get()), result -> {
            refunding.set(false);
            reason.set("");
            message.set(refundText(result));
            onChange.run();
            load(customerId);
        }, error -> {
            refunding.set(false);
            message.set(error instanceof AlreadyRefundedException
                    ? messages.get("history.alreadyRefunded") : ErrorTexts.database(error, messages));
        });
    }

    private String refundText(RefundResult result) {
        Purchase refund = result.refund();
        String amount = formats.money(refund.total().negate());
        if (refund.paid().compareTo(refund.total()) != 0) {
            // "Erstattet: 25,00 €" alone had 25 € handed back for a sale paid 10,65 € (the rest coupon and points)
            amount = messages.get("history.refunded.paidPart", amount, formats.money(refund.paid().negate()),
                    messages.get("payment." + refund.paymentMethod().name()));
        }
        String text = messages.get("history.refunded", amount, result.pointsChange(), result.balanceAfter());
        // else the customer asks where the points paid with went
        if (result.pointsLapsed() != 0) {
            text += " " + messages.get("history.refunded.lapsed", result.pointsLapsed());
        }
        // and whether the coupon handed in can be used again
        if (result.coupon().isPresent()) {
            CouponService.Released coupon = result.coupon().get();
            text += " " + messages.get(coupon.freed() ? "history.refunded.couponFreed" : "history.refunded.couponEnded",
                    CouponCodes.format(coupon.code()));
        }
        return text;
    }

    /**
     * The question before a refund: which sale, and what it gives back; for a sale paid in part with a
     * coupon or points, how much of it is money to pay back.
     */
    public String confirmText(Purchase sale) {
        String text = messages.get("history.refund.confirm", formats.money(sale.total()),
                whenText(sale));
        return sale.paid().compareTo(sale.total()) == 0 ? text
                : text + " " + messages.get("history.refund.confirm.paidPart", formats.money(sale.paid()),
                        messages.get("payment." + sale.paymentMethod().name()));
    }

    /** "2026: 14 purchases · 312,40 €" */
    public String yearText(YearSum sum) {
        return messages.get("history.year", sum.year(), sum.purchases(), formats.money(sum.paid()));
    }

    public ObservableList<Purchase> rows() {
        return rows;
    }

    public ObservableList<YearSum> years() {
        return years;
    }

    public ObjectProperty<Purchase> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "No purchases yet" and how to record one, once the purchases are loaded and there are none. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Set once loaded when the customer has no purchase at all: the line items have nothing to show. */
    public BooleanProperty noPurchasesProperty() {
        return noPurchases;
    }

    /** Under the line items' list: "No line items recorded." for a purchase chosen, else nothing. */
    public StringBinding itemsEmptyTextProperty() {
        return itemsEmptyText;
    }

    /**
     * Whether the selected purchase can be refunded now: a sale not refunded yet, and no refund being booked.
     * The reason field and the button are usable only then.
     */
    public BooleanBinding canRefundProperty() {
        return canRefund;
    }
}
