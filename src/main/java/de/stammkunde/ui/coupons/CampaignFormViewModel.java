package de.stammkunde.ui.coupons;

import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignError;
import de.stammkunde.domain.coupons.CampaignField;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.BirthdayAudience;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.InvalidCampaignException;
import de.stammkunde.service.coupons.TargetWords;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new-campaign form (and, with {@code birthday}, the birthday campaign): fields as text, the
 * draft's rules checked on every change with a message per field (shown once the user touched that
 * field, typed in or left it, or for all fields once the user tried to create, as in the customer
 * form), the number of customers who would get a code, and creation in the background with progress.
 */
public final class CampaignFormViewModel {

    /** Whom personal codes go to; {@code PICKED}: the customers picked in the customer list. */
    public enum Target { ONE_CUSTOMER, MATCHING, PICKED }

    public static final int DEFAULT_BIRTHDAY_DAYS = 14;
    /** How long a birthday coupon stays valid after the last birthday of its range. */
    private static final int BIRTHDAY_GRACE_DAYS = 30;
    /** Below the allowed minimum of 1, so the draft's own rule reports it. */
    private static final int LIMIT_UNREADABLE = 0;

    private final CampaignService campaigns;
    private final CustomerIndex index;
    private final TaskRunner runner;
    private final Messages messages;
    private final Formats formats;
    private final boolean birthday;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CampaignKind> kind = new SimpleObjectProperty<>(CampaignKind.PERCENT);
    private final StringProperty percent = new SimpleStringProperty("10");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty freeItem = new SimpleStringProperty("");
    private final StringProperty minPurchase = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>();
    private final ObjectProperty<CodeMode> codeMode = new SimpleObjectProperty<>(CodeMode.PERSONAL);
    private final StringProperty limit = new SimpleStringProperty("");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.ONE_CUSTOMER);
    private final StringProperty customerNumber = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>();
    private final StringProperty days = new SimpleStringProperty(String.valueOf(DEFAULT_BIRTHDAY_DAYS));
    /** The days the end date was last chosen for by the form, to tell whether the user changed the end. */
    private int lastBirthdayDays = DEFAULT_BIRTHDAY_DAYS;
    private final IntegerProperty recipients = new SimpleIntegerProperty();
    private final StringProperty recipientsText = new SimpleStringProperty("");
    private final Map<CampaignField, StringProperty> errors = new EnumMap<>(CampaignField.class);
    private final Set<CampaignField> touched = EnumSet.noneOf(CampaignField.class);
    /** Set by a try to create: every message shows from now on. */
    private boolean showAll;
    /** True while the form itself moves the end with the days: that is no touch of the end. */
    private boolean formSetsEnd;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final BooleanBinding canCreate;
    private TaskRunner.Handle running;
    private BirthdayAudience birthdays = new BirthdayAudience(List.of(), 0);
    private final List<Long> picked;
    private final List<Object> asOpened;

    public CampaignFormViewModel(CampaignService campaigns, CustomerIndex index, TaskRunner runner, Messages messages,
            Formats formats, boolean birthday) {
        this(campaigns, index, runner, messages, formats, birthday, List.of());
    }

    /**
     * A new campaign for customers picked in the customer list: one is filled in as "one customer",
     * several are offered as their own target (and chosen).
     */
    public CampaignFormViewModel(CampaignService campaigns, CustomerIndex index, TaskRunner runner, Messages messages,
            Formats formats, List<CustomerListRow> picked) {
        this(campaigns, index, runner, messages, formats, false, picked);
    }

    private CampaignFormViewModel(CampaignService campaigns, CustomerIndex index, TaskRunner runner,
            Messages messages, Formats formats, boolean birthday, List<CustomerListRow> picked) {
        this.campaigns = campaigns;
        this.index = index;
        this.runner = runner;
        this.messages = messages;
        this.formats = formats;
        this.birthday = birthday;
        for (CampaignField field : CampaignField.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        LocalDate today = campaigns.today();
        validFrom.set(today);
        validTo.set(birthday ? birthdayValidTo(today, DEFAULT_BIRTHDAY_DAYS) : today.plusMonths(1));
        this.picked = picked.size() > 1 ? picked.stream().map(CustomerListRow::id).toList() : List.of();
        if (birthday) {
            name.set(messages.get("coupons.birthday.defaultName", formats.date(today)));
            target.set(Target.MATCHING);
        } else if (picked.size() == 1) {
            customerNumber.set(picked.get(0).number());
        } else if (picked.size() > 1) {
            target.set(Target.PICKED);
        }
        if (birthday) {
            // The count beside the days filled in is the form's first answer: "nobody has a birthday in
            // the next 14 days" explains at once why Create is disabled; the days field has the focus.
            touched.add(CampaignField.TARGET);
        }
        Observable[] inputs = {name, kind, percent, amount, freeItem, minPurchase, validFrom, validTo, codeMode, limit,
            target, customerNumber, searchText, tag, status, days, recipients};
        canCreate = Bindings.createBooleanBinding(() -> validate().isEmpty() && !busy.get(), append(inputs, busy));
        touches(CampaignField.NAME, name);
        touches(CampaignField.PERCENT, percent);
        touches(CampaignField.AMOUNT, amount);
        touches(CampaignField.FREE_ITEM, freeItem);
        touches(CampaignField.MIN_PURCHASE, minPurchase);
        touches(CampaignField.VALID_FROM, validFrom);
        touches(CampaignField.LIMIT, limit);
        touches(CampaignField.TARGET, target, customerNumber, searchText, tag, status, days);
        validTo.addListener(o -> {
            if (!formSetsEnd) {
                touched.add(CampaignField.VALID_TO);
            }
        });
        for (Observable input : inputs) {
            input.addListener(o -> showErrors());
        }
        for (Observable input : new Observable[] {target, customerNumber, searchText, tag, status, codeMode}) {
            input.addListener(o -> countRecipients());
        }
        days.addListener(o -> countBirthdays());
        days.addListener(o -> birthdayDays().ifPresent(n -> {
            // The end moves with the days as long as it is the one the form chose: the last birthday
            // in the range still gets its BIRTHDAY_GRACE_DAYS. An end the user chose stays.
            LocalDate chosenByForm = birthdayValidTo(today, lastBirthdayDays);
            lastBirthdayDays = n;
            if (chosenByForm.equals(validTo.get())) {
                formSetsEnd = true;
                validTo.set(birthdayValidTo(today, n));
                formSetsEnd = false;
            }
        }));
        if (birthday) {
            countBirthdays();
        } else {
            countRecipients();
        }
        asOpened = inputValues();
    }

    /** What the user can change, to tell whether anything was changed since the form opened. */
    private List<Object> inputValues() {
        return Arrays.asList(name.get(), kind.get(), percent.get(), amount.get(), freeItem.get(), minPurchase.get(),
                validFrom.get(), validTo.get(), codeMode.get(), limit.get(), target.get(), customerNumber.get(),
                searchText.get(), tag.get(), status.get(), days.get());
    }

    /** True when something differs from the form as it opened: closing it would throw that away. */
    public boolean edited() {
        return !inputValues().equals(asOpened);
    }

    /** A change of any of {@code inputs} touches {@code field}: its message may show from now on. */
    private void touches(CampaignField field, Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(o -> touched.add(field));
        }
    }

    /**
     * The user left a field, typed in or not (e.g. tabbed through the name): its message may show from
     * now on. Create is disabled while a rule is broken; this says why for the fields the user was in.
     */
    public void touch(CampaignField field) {
        if (touched.add(field)) {
            showErrors();
        }
    }

    private static Observable[] append(Observable[] inputs, Observable more) {
        Observable[] all = Arrays.copyOf(inputs, inputs.length + 1);
        all[inputs.length] = more;
        return all;
    }

    /** What an empty minimum purchase means, as the user would type it: "0,00" in German. */
    public String noMinimum() {
        return formats.amount(BigDecimal.ZERO);
    }

    /** Whether "€" stands before the amount fields (English) or after them (German). */
    public boolean euroFirst() {
        return formats.euroFirst();
    }

    /** The draft as entered; empty while an amount or number cannot be read (the errors say which). */
    public List<CampaignError> validate() {
        List<CampaignError> found = new ArrayList<>();
        Optional<BigDecimal> pct = number(percent.get());
        Optional<BigDecimal> amt = formats.parseMoney(amount.get());
        Optional<BigDecimal> min = minPurchase.get().isBlank() ? Optional.of(BigDecimal.ZERO)
                : formats.parseMoney(minPurchase.get());
        if (min.isEmpty()) {
            found.add(CampaignError.of(CampaignField.MIN_PURCHASE, "coupons.error.money"));
        }
        // Typed but not readable ("0,001", "abc"): "an amount above 0" said nothing about what was wrong.
        if (kind.get() == CampaignKind.PERCENT && pct.isEmpty() && !percent.get().isBlank()) {
            found.add(CampaignError.of(CampaignField.PERCENT, "coupons.error.percentFormat"));
        } else if (kind.get() == CampaignKind.AMOUNT && amt.isEmpty() && !amount.get().isBlank()) {
            found.add(CampaignError.of(CampaignField.AMOUNT, "coupons.error.amountFormat"));
        }
        CampaignDraft draft = draft(pct.orElse(null), amt.orElse(null), min.orElse(BigDecimal.ZERO), limit());
        for (CampaignError error : draft.validate()) {
            if (found.stream().noneMatch(e -> e.field() == error.field())) {
                found.add(error);
            }
        }
        // An end already past (a year mistyped, "2025" for "2026") made a campaign whose every code answered
        // "expired" at the counter from the first scan, printed and handed out before anyone noticed.
        if (validTo.get() != null && validTo.get().isBefore(campaigns.today())
                && found.stream().noneMatch(e -> e.field() == CampaignField.VALID_TO)) {
            found.add(CampaignError.of(CampaignField.VALID_TO, "coupons.error.validToPast",
                    formats.date(campaigns.today())));
        }
        if (birthday && birthdayDays().isEmpty()) {
            found.add(CampaignError.of(CampaignField.TARGET, "coupons.error.days"));
        } else if (birthday && recipients.get() == 0) {
            found.add(birthdays.alreadyGiven() > 0
                    ? CampaignError.of(CampaignField.TARGET, "coupons.error.birthdaysGiven", birthdays.alreadyGiven())
                    : CampaignError.of(CampaignField.TARGET, birthdays.anyBirthDate() ? "coupons.error.noBirthdays"
                    : "coupons.error.noBirthDates"));
        } else if (codeMode.get() == CodeMode.PERSONAL && recipients.get() == 0 && target.get() == Target.MATCHING
                && !searchText.get().isBlank()) {
            // The search is the customer list's (name, company, e-mail, phone, number): "Bamberg" for the
            // customers of a town finds nobody, and "change the search" alone left the owner guessing why.
            // One line, as the message it replaces: the search field's tooltip says how to reach a town.
            found.add(CampaignError.of(CampaignField.TARGET, "coupons.error.noCustomersForSearch"));
        } else if (codeMode.get() == CodeMode.PERSONAL && recipients.get() == 0) {
            found.add(CampaignError.of(CampaignField.TARGET, target.get() == Target.MATCHING
                    ? "coupons.error.noCustomers"
                    : customerNumber.get().isBlank() ? "coupons.error.customerNumberRequired"
                    : "coupons.error.customerNumber"));
        }
        return found;
    }

    private CampaignDraft draft(BigDecimal pct, BigDecimal amt, BigDecimal min, Integer lim) {
        Offer offer = switch (kind.get()) {
            case PERCENT -> new Offer(CampaignKind.PERCENT, pct, null, "");
            case AMOUNT -> new Offer(CampaignKind.AMOUNT, null, amt, "");
            case FREE_ITEM -> new Offer(CampaignKind.FREE_ITEM, null, null, freeItem.get());
        };
        return new CampaignDraft(name.get(), offer, min, validFrom.get(), validTo.get(),
                birthday ? CodeMode.PERSONAL : codeMode.get(), codeMode.get() == CodeMode.SHARED ? lim : null, "");
    }

    /** A percentage as typed: "10", "7,5", "10 %". */
    private Optional<BigDecimal> number(String text) {
        return formats.parseMoney(text == null ? "" : text.replace("%", "").strip());
    }

    /**
     * Empty text is no limit (null); otherwise a whole number, also in thousands as the app shows them
     * ("1.000" in German was refused as no whole number); {@link #LIMIT_UNREADABLE} for anything else.
     */
    private Integer limit() {
        String text = limit.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        return formats.parseWholeNumber(text).orElse(LIMIT_UNREADABLE);
    }

    private Optional<Integer> birthdayDays() {
        try {
            int n = Integer.parseInt(days.get().strip());
            return n >= 0 && n <= 366 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showErrors() {
        List<CampaignError> found = validate();
        for (CampaignField field : CampaignField.values()) {
            errors.get(field).set(found.stream().filter(e -> e.field() == field && shown(e)).findFirst()
                    .map(e -> messages.get(e.messageKey(), e.args().toArray())).orElse(""));
        }
    }

    /**
     * A message shows for a field the user touched, or for every field after a try to create. "The end
     * is before the start" is about both dates: changing the start shows it too.
     */
    private boolean shown(CampaignError error) {
        return showAll || touched.contains(error.field()) || error.field() == CampaignField.VALID_TO
                && "coupons.error.validTo".equals(error.messageKey()) && touched.contains(CampaignField.VALID_FROM);
    }

    private CustomerQuery query() {
        return CustomerQuery.text(searchText.get()).withFilters(status.get(), tag.get(), null, null);
    }

    private List<Long> recipientIds() {
        if (birthday) {
            return birthdays.customerIds();
        }
        return switch (target.get()) {
            case ONE_CUSTOMER -> index.byNumber(customerNumber.get().strip()).map(CustomerListRow::id).stream()
                    .toList();
            case MATCHING -> index.search(query()).stream().map(CustomerListRow::id).toList();
            case PICKED -> picked;
        };
    }

    private void countRecipients() {
        if (birthday) {
            return;
        }
        List<Long> ids = recipientIds();
        recipients.set(ids.size());
        if (target.get() == Target.ONE_CUSTOMER) {
            recipientsText.set(index.byNumber(customerNumber.get().strip()).map(CustomerListRow::displayName)
                    .orElse(""));
        } else {
            recipientsText.set(messages.get("coupons.form.recipients", ids.size()));
        }
    }

    private static LocalDate birthdayValidTo(LocalDate today, int days) {
        return today.plusDays((long) days + BIRTHDAY_GRACE_DAYS);
    }

    private void countBirthdays() {
        Optional<Integer> n = birthdayDays();
        if (!birthday) {
            return;
        }
        if (n.isEmpty()) {
            // No count beside "please enter a number of days": the last one belonged to other days.
            birthdays = new BirthdayAudience(List.of(), 0);
            recipientsText.set("");
            recipients.set(0);
            showErrors();
            return;
        }
        runner.submit("coupons.count", p -> campaigns.birthdayAudience(n.get()), found -> {
            birthdays = found;
            int count = found.customerIds().size();
            String text = messages.get("coupons.form.recipients", count);
            // who is left out and why: "3 more customers have a coupon for this birthday … already"
            recipientsText.set(found.alreadyGiven() == 0 ? text
                    : text + " " + messages.get("coupons.form.birthdaysGiven", found.alreadyGiven()));
            recipients.set(count);
            showErrors();
        }, error -> recipientsText.set(ErrorTexts.database(error, messages)));
    }

    /** Whom the campaign is for as the form says it now; stored as facts and, in today's words, as text. */
    private CampaignTarget campaignTarget() {
        if (birthday) {
            return new CampaignTarget.Birthdays(birthdayDays().orElse(0));
        }
        return switch (target.get()) {
            case ONE_CUSTOMER -> new CampaignTarget.OneCustomer(customerNumber.get().strip());
            case PICKED -> new CampaignTarget.Picked(picked.size());
            case MATCHING -> CampaignTarget.matching(searchText.get(), tag.get(), status.get());
        };
    }

    /**
     * Stores the campaign and its codes in the background; {@code onCreated} runs on success. While a rule
     * is broken it stores nothing and shows every message, also for fields the user has not been to yet.
     */
    public void create(Consumer<Campaign> onCreated) {
        if (!canCreate.get()) {
            showAll = true;
            showErrors();
            return;
        }
        CampaignDraft draft = draft(number(percent.get()).orElse(null), formats.parseMoney(amount.get()).orElse(null),
                minPurchase.get().isBlank() ? BigDecimal.ZERO : formats.parseMoney(minPurchase.get()).orElseThrow(),
                limit());
        CampaignTarget made = campaignTarget();
        Audience audience = Audience.of(recipientIds(), new TargetWords(messages).of(made, ""), made);
        busy.set(true);
        statusMessage.set(messages.get("coupons.form.creating"));
        int birthdayDays = birthdayDays().orElse(0);
        running = runner.submit("coupons.create", p -> birthday
                ? campaigns.createForBirthdays(draft, birthdayDays, audience.description(), p)
                : campaigns.create(draft, audience, p), created -> {
            finished();
            statusMessage.set("");
            onCreated.accept(created);
        }, error -> {
            finished();
            statusMessage.set(failure(error));
        });
        if (running != null && busy.get()) {
            progress.bind(running.progressProperty());
        }
    }

    private void finished() {
        running = null;
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    private String failure(Throwable error) {
        if (error instanceof CancellationException) {
            return messages.get("coupons.form.cancelled");
        }
        if (error instanceof InvalidCampaignException invalid) {
            CampaignError first = invalid.errors().get(0);
            return messages.get(first.messageKey(), first.args().toArray());
        }
        return ErrorTexts.unexpected(error, messages);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The shop's today: a date typed without its year ("1.12.") is the one nearest to it. */
    public LocalDate today() {
        return campaigns.today();
    }

    public boolean isBirthday() {
        return birthday;
    }

    /** How many customers were picked in the list (0 or more than one; one is filled in as the one customer). */
    public int pickedCount() {
        return picked.size();
    }

    public StringProperty errorProperty(CampaignField field) {
        return errors.get(field);
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CampaignKind> kindProperty() {
        return kind;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty freeItemProperty() {
        return freeItem;
    }

    public StringProperty minPurchaseProperty() {
        return minPurchase;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    public ObjectProperty<CodeMode> codeModeProperty() {
        return codeMode;
    }

    public StringProperty limitProperty() {
        return limit;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty customerNumberProperty() {
        return customerNumber;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public IntegerProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty recipientsTextProperty() {
        return recipientsText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public List<String> tags() {
        return index.tags();
    }
}
