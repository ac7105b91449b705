package de.stammkunde.ui.counter;

import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.CouponOutcome;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Text;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.cards.CardLookup;
import de.stammkunde.service.counter.CounterService.Resolution;
import de.stammkunde.service.counter.CounterService;
import de.stammkunde.service.counter.CustomerPanel;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.cards.CardReasons;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The counter's one input: a scanned card or customer number opens that customer at once, a
 * scanned coupon code is checked (and goes into the sale), a blocked card says what replaced it;
 * anything else is a search, and a single match opens directly. The open customer's panel (points,
 * card, coupons, last purchases) is loaded in one go in the background.
 */
public final class CounterViewModel {

    static final int MAX_RESULTS = 50;
    /** The longest search text "nothing found" quotes whole: two names, or an e-mail address. */
    static final int QUOTED = 50;

    /** How the line under the field reads: a note, something to look at, or something that went wrong. */
    public enum Tone {
        NOTE, WARNING, ERROR
    }

    private final CounterService counter;
    private final CustomerService customers;
    private final TaskRunner runner;
    private final Messages messages;
    private final Function<CouponCheck, String> couponText;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.NOTE);
    private final ObservableList<CustomerListRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ObjectProperty<CustomerPanel> panel = new SimpleObjectProperty<>();
    private Consumer<String> couponForSale = code -> { };
    /**
     * A valid code scanned with nobody open (a shared one, shown before the card): the next customer
     * opened gets it in their sale. Null when there is none.
     */
    private String couponForNext;
    private Runnable openedAgain = () -> { };

    public CounterViewModel(CounterService counter, CustomerService customers, TaskRunner runner, Messages messages,
            Function<CouponCheck, String> couponText) {
        this.counter = counter;
        this.customers = customers;
        this.runner = runner;
        this.messages = messages;
        this.couponText = couponText;
    }

    /** Where a scanned valid coupon goes: the sale's coupon field. */
    public void setCouponForSale(Consumer<String> couponForSale) {
        this.couponForSale = couponForSale;
    }

    /**
     * What happens when the customer shown is opened again (their card scanned after the sale, for one
     * more thing): the next sale for them. A new customer starts it through {@link #customerProperty}.
     */
    public void setOnOpenedAgain(Runnable openedAgain) {
        this.openedAgain = openedAgain;
    }

    /** Enter in the field. */
    public void submit() {
        String text = input.get() == null ? "" : input.get().strip();
        message.set("");
        if (text.isEmpty()) {
            return;
        }
        Long shown = customer.get() == null ? null : customer.get().id();
        runner.submit("scan", p -> {
            Resolution resolution = counter.resolve(text, shown);
            CustomerPanel loaded = null;
            if (resolution instanceof Resolution.Found found) {
                loaded = counter.panel(found.customer());
            } else if (resolution instanceof Resolution.Coupon coupon && coupon.check().ownerCustomerId() != null
                    && shown == null && coupon.check().isValid()) {
                loaded = counter.panel(coupon.check().ownerCustomerId()).orElse(null);
            }
            return new Scan(resolution, loaded);
        }, this::resolved, this::failed);
    }

    private record Scan(Resolution resolution, CustomerPanel panel) {
    }

    private void resolved(Scan scan) {
        Resolution resolution = scan.resolution();
        if (resolution instanceof Resolution.Found found) {
            show(scan.panel());
            if (!found.mergedNumber().isEmpty()) {
                say(Tone.NOTE, messages.get("counter.merged", found.mergedNumber(), found.customer().number()));
            }
        } else if (resolution instanceof Resolution.BlockedCard blocked) {
            input.set("");
            boolean theirs = isShown(blocked.lookup().card().customerId());
            if (!theirs) {
                closeCustomer();
            }
            String text = blocked.holderErased()
                    ? messages.get("cards.scan.erased", CardNumbers.printed(blocked.lookup().card().number()))
                    : blockedText(blocked.lookup());
            // Nobody opens for a blocked card (a stolen one must not pay with the points): it said which card
            // replaced it but not how to go on with the customer waiting at the counter.
            if (!theirs && !blocked.holderErased() && !blocked.lookup().replacementNumber().isEmpty()) {
                text = text + " " + messages.get("cards.scan.blockedFindHolder");
            }
            say(Tone.WARNING, withCouponWaiting(text));
        } else if (resolution instanceof Resolution.UnknownCard unknown) {
            closeCustomer();
            say(Tone.ERROR, withCouponWaiting(messages.get(unknownCardKey(unknown.number()),
                    CardNumbers.printed(unknown.number()))));
        } else if (resolution instanceof Resolution.Coupon coupon) {
            CouponCheck check = coupon.check();
            if (customer.get() == null) {
                // another code scanned replaces the one kept, or drops it
                couponForNext = null;
            }
            if (!toCorrect(check)) {
                input.set("");
            }
            if (scan.panel() != null) {
                show(scan.panel());
            }
            // as printed on the coupon and listed under "Valid coupons": "ABCD-EFGH-JKL"
            String code = CouponCodes.format(check.code());
            if (check.isValid() && customer.get() != null) {
                // said once, in the sale beside the code: "Gültig: 10 % Rabatt" also stood above the customer
                couponForSale.accept(code);
            } else if (check.isValid()) {
                // Shown before the card: "Gültig" and an empty field, and the discount was lost with the next scan.
                couponForNext = code;
                say(Tone.NOTE, messages.get("counter.couponForNext", couponText.apply(check)));
            } else {
                say(Tone.ERROR, couponText.apply(check));
            }
        } else if (resolution instanceof Resolution.Search search) {
            searchText(search.text());
        }
    }

    /**
     * A code with a wrong character (or one no campaign knows) stays in the field to be corrected: it was
     * emptied beside "please check the code", and the user had to type all twelve characters again.
     */
    private static boolean toCorrect(CouponCheck check) {
        return check.outcome() == CouponOutcome.MISTYPED || check.outcome() == CouponOutcome.UNKNOWN;
    }

    private boolean isShown(long customerId) {
        return customer.get() != null && customer.get().id() == customerId;
    }

    /**
     * A card that opens nobody is the next customer's: the one before must not stay open, or the
     * amount typed next (the focus waited in Amount) was booked on them.
     */
    /**
     * A message in place of "… now scan their card" while a scanned code waits for the next customer: the
     * note was gone with a blocked card's message, and nobody at the till knew the code still counted.
     */
    private String withCouponWaiting(String text) {
        return couponForNext == null || customer.get() != null ? text
                : text + "\n" + messages.get("counter.couponWaiting", couponForNext);
    }

    private void closeCustomer() {
        results.clear();
        customer.set(null);
        panel.set(null);
    }

    /**
     * Why thirteen digits found no card: a digit typed wrong (the check digit does not match), another
     * barcode than a card of ours (an article's EAN scanned by mistake), or a card of ours not on file.
     */
    private static String unknownCardKey(String number) {
        return !CardNumbers.isValidEan13(number) ? "counter.mistypedCard"
                : !CardNumbers.isOurs(number) ? "counter.notOurCard" : "counter.unknownCard";
    }

    /** Both numbers as printed on the card and shown on the panel: "2 900000 002142". */
    private String blockedText(CardLookup lookup) {
        String reason = CardReasons.text(lookup.card().blockReason(), messages);
        reason = reason.isEmpty() ? "–" : reason;
        String blocked = CardNumbers.printed(lookup.card().number());
        return lookup.replacementNumber().isEmpty()
                ? messages.get("cards.scan.blockedNoReplacement", blocked, reason)
                : messages.get("cards.scan.blocked", blocked, reason, CardNumbers.printed(lookup.replacementNumber()));
    }

    private void searchText(String text) {
        runner.submit("search", p -> customers.index().searchWordStartsFirst(CustomerQuery.text(text)), rows -> {
            results.setAll(rows.subList(0, Math.min(rows.size(), MAX_RESULTS)));
            if (rows.isEmpty()) {
                say(Tone.WARNING, withCouponWaiting(messages.get("counter.nothingFound", quoted(text))));
            } else if (rows.size() == 1) {
                open(rows.get(0));
            } else if (rows.size() > MAX_RESULTS) {
                say(Tone.NOTE, withCouponWaiting(messages.get("counter.tooMany", rows.size(), MAX_RESULTS)));
            } else {
                say(Tone.NOTE, withCouponWaiting(messages.get("counter.found", rows.size())));
            }
        }, this::failed);
    }

    /**
     * The search text as the message quotes it: its start with "…" where it is longer than {@link #QUOTED}.
     * A whole letter pasted into the field by mistake was quoted whole, down past the bottom of the window.
     */
    static String quoted(String text) {
        return text.length() <= QUOTED ? text : Text.cut(text, QUOTED - 1).stripTrailing() + "…";
    }

    /** Opens a customer from the result list. */
    public void open(CustomerListRow row) {
        open(row.id());
    }

    /** Opens a customer, e.g. one just registered from the counter. */
    public void open(long customerId) {
        runner.submit("open", p -> counter.panel(customerId), found -> found.ifPresent(this::show), this::failed);
    }

    /**
     * What a new customer's form starts with: the search text when it found nobody, else nothing
     * (a partial name that listed several customers is no one's name). Opening a customer empties
     * the field, so a customer shown with nothing searched since gives nothing either.
     */
    public String typedForNewCustomer() {
        return results.isEmpty() && input.get() != null ? input.get().strip() : "";
    }

    private void show(CustomerPanel loaded) {
        if (loaded == null) {
            return;
        }
        boolean again = isShown(loaded.customer().id());
        panel.set(loaded);
        customer.set(loaded.customer());
        results.clear();
        input.set("");
        say(Tone.NOTE, "");
        if (loaded.customer().archived()) {
            say(Tone.WARNING, messages.get("counter.archived"));
        }
        if (again) {
            openedAgain.run();
        }
        if (couponForNext != null) {
            // checked in the sale as any code typed there: for this customer, their purchase
            String code = couponForNext;
            couponForNext = null;
            couponForSale.accept(code);
        }
    }

    /** The code scanned with nobody open, kept for the next customer opened; empty when there is none. */
    public Optional<String> couponForNext() {
        return Optional.ofNullable(couponForNext);
    }

    /** After an edit elsewhere: shows the saved state. */
    public void refreshCustomer(Customer saved) {
        cardChanged(saved.id());
    }

    /**
     * A card issued or replaced, here or in the customer's form in the office: the panel of that customer,
     * if shown, is read again and shows the new card.
     */
    public void cardChanged(long customerId) {
        Customer shown = customer.get();
        if (shown != null && shown.id() == customerId) {
            reload();
        }
    }

    /**
     * After a sale: the line above the customer (e.g. a scanned coupon's "valid", now used) has had
     * its say, and the panel is read again.
     */
    public void saleBooked() {
        Customer shown = customer.get();
        say(Tone.NOTE, "");
        if (shown != null && shown.archived()) {
            say(Tone.WARNING, messages.get("counter.archived"));
        }
        reload();
    }

    /** After a sale, a refund or a new card: the customer's panel read again. */
    public void reload() {
        Customer shown = customer.get();
        if (shown != null) {
            runner.submit("open", p -> counter.panel(shown.id()), found -> {
                if (!isShown(shown.id())) {
                    // Esc or another customer meanwhile: the reload on coming back to the counter brought
                    // them back after Esc, with the caret in the amount field while the next name was typed
                    return;
                }
                found.ifPresentOrElse(loaded -> {
                    if (loaded.customer().id() != shown.id()) {
                        // merged into another one meanwhile (in the office): the panel is the kept customer's
                        say(Tone.NOTE, messages.get("counter.merged", shown.number(), loaded.customer().number()));
                    }
                    panel.set(loaded);
                    customer.set(loaded.customer());
                }, () -> {
                    // erased in the office meanwhile: nothing of the customer stays on the screen
                    clear();
                    say(Tone.NOTE, messages.get("counter.erased", shown.number()));
                });
            }, this::failed);
        }
    }

    /**
     * The customer list changed (in the office, or at another counter): a customer shown here who left it,
     * merged into another or erased, is read again, so the panel shows the kept one or nothing.
     */
    public void listChanged() {
        Customer shown = customer.get();
        if (shown != null && customers.index().byId(shown.id()).isEmpty()) {
            reload();
        }
    }

    /** Escape: start over (a code kept for the next customer too). */
    public void clear() {
        couponForNext = null;
        input.set("");
        results.clear();
        message.set("");
        customer.set(null);
        panel.set(null);
    }

    private void failed(Throwable error) {
        say(Tone.ERROR, ErrorTexts.database(error, messages));
    }

    private void say(Tone kind, String text) {
        tone.set(kind);
        message.set(text);
    }

    public Optional<Customer> current() {
        return Optional.ofNullable(customer.get());
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public ObservableList<CustomerListRow> results() {
        return results;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public ObjectProperty<CustomerPanel> panelProperty() {
        return panel;
    }
}
