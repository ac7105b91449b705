package de.stammkunde.ui.loyalty;

import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.loyalty.PointsRefusedException;
import de.stammkunde.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's points: the balance with its euro value and what expires soon, the ledger newest
 * first, and a manual correction that needs a reason. Loads and books in the background.
 */
public final class PointsLedgerViewModel {

    /** What the screen reads and books; {@link #of(LoyaltyService)} in the app, a fake in tests. */
    public interface Ledger {
        PointsBalance balance(long customerId);

        List<PointsLine> ledger(long customerId);

        PointsEntry correct(long customerId, int points, String reason);
    }

    public static Ledger of(LoyaltyService loyalty) {
        return new Ledger() {
            @Override
            public PointsBalance balance(long customerId) {
                return loyalty.balance(customerId);
            }

            @Override
            public List<PointsLine> ledger(long customerId) {
                return loyalty.lines(customerId);
            }

            @Override
            public PointsEntry correct(long customerId, int points, String reason) {
                return loyalty.correct(customerId, points, reason);
            }
        };
    }

    private record Loaded(PointsBalance balance, List<PointsLine> entries) {
    }

    private final Ledger ledger;
    private final TaskRunner runner;
    private final Messages messages;
    private final Formats formats;

    private final ObservableList<PointsLine> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PointsBalance> balance = new SimpleObjectProperty<>();
    private final StringProperty balanceText = new SimpleStringProperty("");
    private final StringProperty expiringText = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canBook;
    private Long customerId;
    private Runnable onBooked = () -> { };

    public PointsLedgerViewModel(Ledger ledger, TaskRunner runner, Messages messages, Formats formats) {
        this.ledger = ledger;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.canBook = Bindings.createBooleanBinding(() -> balance.get() != null && !busy.get(), balance, busy);
    }

    /** Runs after a correction is booked, e.g. so the counter shows the new balance. */
    public void setOnBooked(Runnable onBooked) {
        this.onBooked = onBooked;
    }

    /** Loads the customer's balance and ledger in the background. */
    public void show(long id) {
        customerId = id;
        reload();
    }

    private void reload() {
        long id = customerId;
        busy.set(true);
        runner.submit("points.load", progress -> new Loaded(ledger.balance(id), ledger.ledger(id)), loaded -> {
            busy.set(false);
            balance.set(loaded.balance());
            rows.setAll(loaded.entries());
            describe(loaded.balance());
        }, error -> {
            busy.set(false);
            refuse(messages.get("points.loadFailed"));
        });
    }

    private void describe(PointsBalance b) {
        balanceText.set(messages.get("points.balance", b.points(), formats.money(b.value())));
        expiringText.set(b.expiringSoon() > 0
                ? messages.get("points.expiringSoon", b.expiringSoon(), formats.date(b.nextExpiry()))
                : messages.get(b.neverExpire() ? "points.neverExpire" : "points.noneExpiring"));
    }

    /** Books the manual correction; refused here when the reason or the number is missing. */
    public void bookCorrection() {
        if (customerId == null || busy.get()) {
            return;
        }
        // (capped: eleven nines are too many points, not "no whole number")
        Integer amount = formats.parseWholeNumberCapped(points.get()).orElse(null);
        if (amount == null) {
            refuse(messages.get("points.correction.error.number"));
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (amount == 0) {
            refuse(messages.get("points.refused.NOT_POSITIVE"));
            return;
        }
        if (Math.abs((long) amount) > LoyaltyService.MAX_CORRECTION) {
            refuse(refusal(new PointsRefusedException(PointsRefusedException.Reason.CORRECTION_TOO_LARGE, 0)));
            return;
        }
        if (why.isEmpty()) {
            refuse(messages.get("points.refused.REASON_MISSING"));
            return;
        }
        if (why.length() > LoyaltyService.MAX_REASON) {
            refuse(refusal(new PointsRefusedException(PointsRefusedException.Reason.REASON_TOO_LONG, 0)));
            return;
        }
        long id = customerId;
        busy.set(true);
        runner.submit("points.correct", progress -> ledger.correct(id, amount, why), entry -> {
            busy.set(false);
            points.set("");
            reason.set("");
            messageIsError.set(false);
            message.set(messages.get("points.correction.booked", signed(entry.points())));
            reload();
            onBooked.run();
        }, error -> {
            busy.set(false);
            refuse(refusal(error));
        });
    }

    /** A message in red: what was refused or failed, and what to do. */
    private void refuse(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    private String refusal(Throwable error) {
        if (error instanceof PointsRefusedException refused) {
            return messages.get("points.refused." + refused.reason().name(), refused.balance(),
                    LoyaltyService.MAX_CORRECTION, LoyaltyService.MAX_REASON,
                    reason.get() == null ? 0 : reason.get().strip().length());
        }
        return messages.get("points.correction.failed");
    }

    /** When it was booked; the date alone for points earned by a purchase imported without a time. */
    public String whenText(PointsLine line) {
        return formats.dateTimeIfKnown(line.entry().createdAt());
    }

    /** The ledger row's kind in words. */
    public String kindText(PointsEntry entry) {
        return messages.get("points.kind." + entry.kind().name());
    }

    /**
     * Why the row was booked: the purchase by receipt number and date (for a reversal, the refunded
     * purchase), then the stored reason — the tier for earned points, the staff's words for a correction.
     * A reversal starts with the reason given for the refund, so that a narrow column still shows it.
     */
    public String reasonText(PointsLine line) {
        PointsEntry entry = line.entry();
        String reason = entry.reason() == null ? "" : entry.reason().strip();
        if (entry.kind() == PointsKind.EARN && !reason.isEmpty()) {
            reason = messages.get("points.ref.tier", reason);
        }
        if (!line.refundReason().isEmpty()) {
            String refund = messages.get("points.ref.refund", line.refundReason());
            String rest = reasonText(new PointsLine(entry, line.receiptNumber(), line.purchasedAt()));
            return rest.isEmpty() ? refund : refund + " · " + rest;
        }
        if (!line.hasPurchase()) {
            return reason;
        }
        String date = formats.date(line.purchasedAt().toLocalDate());
        String purchase = line.receiptNumber() == null || line.receiptNumber().isBlank()
                ? messages.get("points.ref.purchase", date)
                : messages.get("points.ref.receipt", line.receiptNumber(), date);
        return reason.isEmpty() ? purchase : purchase + " · " + reason;
    }

    /** Points with their sign: "+50", "-1.000". */
    public String signed(int value) {
        return formats.signed(value);
    }

    /**
     * What is left of points earned, "1.234"; "" for points taken away (nothing can be left of them); "–" for a
     * refund's row that gave points back into the rows they came from: not "0", as if they were gone.
     */
    public String remaining(PointsLine line) {
        if (line.backInLots()) {
            return "–";
        }
        return line.entry().points() > 0 ? formats.count(line.entry().remaining()) : "";
    }

    /** Where the points of a row showing "–" as remaining are: else "". */
    public String remainingHint(PointsLine line) {
        return line.backInLots() ? messages.get("points.remaining.backInLots") : "";
    }

    /** What the remaining column sorts by: null where it shows no number. */
    public static Integer remainingKey(PointsLine line) {
        return line.entry().points() > 0 && !line.backInLots() ? line.entry().remaining() : null;
    }

    public ObservableList<PointsLine> rows() {
        return rows;
    }

    public ObjectProperty<PointsBalance> balanceProperty() {
        return balance;
    }

    public ReadOnlyStringProperty balanceTextProperty() {
        return balanceText;
    }

    public ReadOnlyStringProperty expiringTextProperty() {
        return expiringText;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Whether the message says what went wrong (shown in red) rather than what was booked. */
    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public BooleanBinding canBookProperty() {
        return canBook;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
