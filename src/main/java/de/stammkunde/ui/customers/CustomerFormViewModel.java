package de.stammkunde.ui.customers;

import de.stammkunde.domain.cards.CardHolder;
import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Countries;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.DuplicateCandidate;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.domain.customers.Tags;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.ValidationException;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Creating or editing one customer. The form copies the customer into properties, checks every
 * field as the user types (the message appears once a field was touched, or on a save attempt),
 * keeps Save disabled while a rule is broken, and on a new customer looks for duplicates.
 */
public final class CustomerFormViewModel {

    /** The text fields of the form, in the order of the form. */
    public static final List<CustomerField> TEXT_FIELDS = List.of(CustomerField.FIRST_NAME, CustomerField.LAST_NAME,
            CustomerField.COMPANY, CustomerField.STREET, CustomerField.POSTCODE, CustomerField.CITY,
            CustomerField.COUNTRY, CustomerField.PHONE, CustomerField.MOBILE, CustomerField.EMAIL,
            CustomerField.BIRTH_DATE, CustomerField.OCCUPATION, CustomerField.TAGS, CustomerField.NOTES);

    // STRICT: "31.02.1980" is an error to show, not silently the 29th of February.
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** A stored date as shown in the form: two-digit day and month, as the counter shows German dates. */
    private static final DateTimeFormatter GERMAN_DATE_SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter ENGLISH_DATE_SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final CustomerService service;
    private final TaskRunner runner;
    private final Debouncer duplicateDebouncer;
    private final Messages messages;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateShown;
    private final Customer original;

    private final Map<CustomerField, StringProperty> text = new EnumMap<>(CustomerField.class);
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>(CustomerStatus.POTENTIAL);
    private final Map<ConsentChannel, BooleanProperty> consentGranted = new EnumMap<>(ConsentChannel.class);
    private final Map<ConsentChannel, StringProperty> consentSource = new EnumMap<>(ConsentChannel.class);
    private final Map<ConsentChannel, Consent> consentsBefore;
    private final Map<ConsentChannel, StringProperty> consentState = new EnumMap<>(ConsentChannel.class);

    private final ObservableMap<CustomerField, String> errors = FXCollections.observableHashMap();
    private final ObservableMap<CustomerField, String> shownErrors = FXCollections.observableHashMap();
    private final Set<CustomerField> touched = EnumSet.noneOf(CustomerField.class);
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final StringProperty saveError = new SimpleStringProperty("");
    private final BooleanBinding canSave;
    private boolean showAll;
    private int duplicateGeneration;
    private final List<Object> asOpened;

    public CustomerFormViewModel(CustomerService service, TaskRunner runner, Debouncer duplicateDebouncer,
            Messages messages, Customer original) {
        this(service, runner, duplicateDebouncer, messages, original, null);
    }

    /**
     * A new customer's form that opens with {@code typed} filled in (what was searched for: see
     * {@link de.stammkunde.domain.customers.TypedCustomer}); those fields are checked for duplicates
     * at once. Closing it without a change asks nothing: the values were the user's own typing.
     */
    public CustomerFormViewModel(CustomerService service, TaskRunner runner, Debouncer duplicateDebouncer,
            Messages messages, Customer original, CustomerDetails typed) {
        this.service = service;
        this.runner = runner;
        this.duplicateDebouncer = duplicateDebouncer;
        this.messages = messages;
        boolean german = "de".equals(messages.locale().getLanguage());
        this.dateFormat = german ? GERMAN_DATE : ENGLISH_DATE;
        this.dateShown = german ? GERMAN_DATE_SHOWN : ENGLISH_DATE_SHOWN;
        this.original = original;
        for (CustomerField field : TEXT_FIELDS) {
            text.put(field, new SimpleStringProperty(""));
        }
        for (ConsentChannel channel : ConsentChannel.values()) {
            consentGranted.put(channel, new SimpleBooleanProperty());
            consentSource.put(channel, new SimpleStringProperty(""));
        }
        consentsBefore = original == null ? Map.of() : original.details().consents();
        if (original != null) {
            fill(original.details());
        } else {
            text.get(CustomerField.COUNTRY).set(CustomerDetails.DEFAULT_COUNTRY);
        }
        Formats formats = new Formats(messages.locale());
        for (ConsentChannel channel : ConsentChannel.values()) {
            consentGranted.get(channel).addListener((obs, was, granted) -> sourceFollows(channel, granted));
            consentGranted.get(channel).addListener((obs, was, granted) -> validate());
            consentSource.get(channel).addListener((obs, was, source) -> {
                touched.add(CustomerField.CONSENT);
                validate();
            });
            StringProperty state = new SimpleStringProperty();
            state.bind(Bindings.createStringBinding(() -> consentState(channel, formats),
                    consentGranted.get(channel), consentSource.get(channel)));
            consentState.put(channel, state);
        }
        for (CustomerField field : TEXT_FIELDS) {
            text.get(field).addListener((obs, old, value) -> changed(field));
        }
        if (original == null && typed != null) {
            set(CustomerField.FIRST_NAME, typed.firstName());
            set(CustomerField.LAST_NAME, typed.lastName());
            set(CustomerField.EMAIL, typed.email());
            set(CustomerField.PHONE, typed.phone());
            set(CustomerField.MOBILE, typed.mobile());
        }
        gender.addListener((obs, old, v) -> validate());
        status.addListener((obs, old, v) -> validate());
        canSave = Bindings.isEmpty(errors).and(saving.not());
        validate();
        asOpened = inputs();
    }

    /** Every input of the form, to tell whether anything was changed since it opened. */
    private List<Object> inputs() {
        List<Object> all = new ArrayList<>();
        for (CustomerField field : TEXT_FIELDS) {
            all.add(text.get(field).get());
        }
        all.add(gender.get());
        all.add(status.get());
        for (ConsentChannel channel : ConsentChannel.values()) {
            all.add(consentGranted.get(channel).get());
            all.add(consentSource.get(channel).get());
        }
        return all;
    }

    /** True when something differs from the form as it opened: closing it would throw that away. */
    public boolean edited() {
        return !inputs().equals(asOpened);
    }

    private void fill(CustomerDetails d) {
        gender.set(d.gender());
        status.set(d.status());
        set(CustomerField.FIRST_NAME, d.firstName());
        set(CustomerField.LAST_NAME, d.lastName());
        set(CustomerField.COMPANY, d.company());
        set(CustomerField.STREET, d.street());
        set(CustomerField.POSTCODE, d.postcode());
        set(CustomerField.CITY, d.city());
        set(CustomerField.COUNTRY, d.country());
        set(CustomerField.PHONE, d.phone());
        set(CustomerField.MOBILE, d.mobile());
        set(CustomerField.EMAIL, d.email());
        set(CustomerField.BIRTH_DATE, d.birthDate() == null ? "" : dateShown.format(d.birthDate()));
        set(CustomerField.OCCUPATION, d.occupation());
        set(CustomerField.TAGS, Tags.join(d.tags()));
        set(CustomerField.NOTES, d.notes());
        d.consents().forEach((channel, consent) -> {
            consentGranted.get(channel).set(consent.granted());
            consentSource.get(channel).set(consent.source());
        });
    }

    /**
     * Unticking a granted consent, or ticking a withdrawn one, is the customer's new answer, which
     * has a source of its own: the grant's "form in the shop" is not how they withdrew. The stored
     * source is cleared for it to be typed, and comes back when the box goes back to the stored answer.
     */
    private void sourceFollows(ConsentChannel channel, boolean granted) {
        Consent before = consentsBefore.get(channel);
        if (before == null) {
            return;
        }
        StringProperty source = consentSource.get(channel);
        if (granted != before.granted() && source.get().strip().equals(before.source())) {
            source.set("");
        } else if (granted == before.granted() && source.get().isBlank()) {
            source.set(before.source());
        }
    }

    /**
     * What saving will store for the channel, as {@link #details} decides it: the stored answer with
     * its day ("granted on 1 Mar 2024"), or a new one of today ("withdrawn today, when saved").
     */
    private String consentState(ConsentChannel channel, Formats formats) {
        Consent before = consentsBefore.get(channel);
        Consent saved = consentOnSave(channel, service.today());
        if (saved == null) {
            return "";
        }
        if (saved == before) {
            return messages.get(saved.granted() ? "customer.form.consentGrantedOn" : "customer.form.consentWithdrawnOn",
                    formats.date(saved.date()));
        }
        return messages.get(saved.granted() ? "customer.form.consentGrantedOnSave"
                : "customer.form.consentWithdrawnOnSave");
    }

    /** The channel's answer as saving stores it: the stored one while unchanged, else today's; null for none. */
    private Consent consentOnSave(ConsentChannel channel, LocalDate today) {
        boolean granted = consentGranted.get(channel).get();
        String source = consentSource.get(channel).get();
        Consent before = consentsBefore.get(channel);
        if (before != null && before.granted() == granted && before.source().equals(source.strip())) {
            return before;
        }
        return before != null || granted ? new Consent(granted, today, source) : null;
    }

    private void set(CustomerField field, String value) {
        text.get(field).set(value);
    }

    private void changed(CustomerField field) {
        touched.add(field);
        validate();
        if (isNew() && DUPLICATE_FIELDS.contains(field)) {
            duplicateDebouncer.call(this::checkDuplicates);
        }
    }

    private static final Set<CustomerField> DUPLICATE_FIELDS = EnumSet.of(CustomerField.FIRST_NAME,
            CustomerField.LAST_NAME, CustomerField.COMPANY, CustomerField.EMAIL, CustomerField.PHONE,
            CustomerField.MOBILE, CustomerField.BIRTH_DATE, CustomerField.POSTCODE);

    public boolean isNew() {
        return original == null;
    }

    public Optional<Customer> original() {
        return Optional.ofNullable(original);
    }

    /** The name the customer's card bears, as saved ("Anna Müller"); "" for a new customer. */
    public String savedCardName() {
        return original == null ? "" : CardHolder.name(original.details().firstName(),
                original.details().lastName(), original.details().company());
    }

    /** The name a card would bear with the name as typed now. */
    public String typedCardName() {
        return CardHolder.name(text.get(CustomerField.FIRST_NAME).get(), text.get(CustomerField.LAST_NAME).get(),
                text.get(CustomerField.COMPANY).get());
    }

    /**
     * True when the name on the card would change with what is typed but not saved: the card dialog prints the
     * saved name, and a misspelt name just corrected in the form went on the new card as it was.
     */
    public boolean cardNameEdited() {
        return original != null && !savedCardName().equals(typedCardName());
    }

    /** The details as typed; fields that cannot be read (a bad date, an unknown country) are left empty. */
    public CustomerDetails details() {
        Map<ConsentChannel, Consent> consents = new EnumMap<>(ConsentChannel.class);
        LocalDate today = service.today();
        for (ConsentChannel channel : ConsentChannel.values()) {
            Consent consent = consentOnSave(channel, today);
            if (consent != null) {
                consents.put(channel, consent);
            }
        }
        return CustomerDetails.builder()
                .gender(gender.get()).status(status.get())
                .firstName(value(CustomerField.FIRST_NAME)).lastName(value(CustomerField.LAST_NAME))
                .company(value(CustomerField.COMPANY)).street(value(CustomerField.STREET))
                .postcode(value(CustomerField.POSTCODE)).city(value(CustomerField.CITY))
                .country(Countries.parse(value(CustomerField.COUNTRY)).orElse(CustomerDetails.DEFAULT_COUNTRY))
                .phone(value(CustomerField.PHONE)).mobile(value(CustomerField.MOBILE))
                .email(value(CustomerField.EMAIL)).birthDate(parseDate().orElse(null))
                .occupation(value(CustomerField.OCCUPATION)).notes(value(CustomerField.NOTES))
                .tags(Tags.parse(value(CustomerField.TAGS)))
                .consents(consents)
                .build();
    }

    private String value(CustomerField field) {
        String v = text.get(field).get();
        return v == null ? "" : v;
    }

    private Optional<LocalDate> parseDate() {
        String v = value(CustomerField.BIRTH_DATE).strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(dateFormat, DateTimeFormatter.ISO_LOCAL_DATE, twoDigitYear())) {
            try {
                return Optional.of(LocalDate.parse(v, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * "1.5.80" as staff write a birth date: the year within the last hundred years (1980; "3.4.05" is 2005),
     * not 2080 as a date picker reads it, nor "please enter TT.MM.JJJJ".
     */
    private DateTimeFormatter twoDigitYear() {
        return new DateTimeFormatterBuilder().appendPattern(dateFormat == GERMAN_DATE ? "d.M." : "d/M/")
                .appendValueReduced(ChronoField.YEAR, 2, 2, service.today().getYear() - 99).toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** "31.02.1980": written the right way, but that month has no such day. */
    private boolean isDayTheMonthLacks(String text) {
        return isDayTheMonthLacks(text, dateFormat) || isDayTheMonthLacks(text, twoDigitYear());
    }

    private static boolean isDayTheMonthLacks(String text, DateTimeFormatter format) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor typed = format.parseUnresolved(text, position);
        if (typed == null || position.getIndex() != text.length() || !typed.isSupported(ChronoField.DAY_OF_MONTH)
                || !typed.isSupported(ChronoField.MONTH_OF_YEAR)) {
            return false;
        }
        long day = typed.getLong(ChronoField.DAY_OF_MONTH);
        long month = typed.getLong(ChronoField.MONTH_OF_YEAR);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Checks every field again and updates the messages. */
    public void validate() {
        Map<CustomerField, String> now = new EnumMap<>(CustomerField.class);
        for (FieldError error : service.validate(details())) {
            now.putIfAbsent(error.field(), messages.get(error.messageKey(), error.args().toArray()));
        }
        if (!value(CustomerField.BIRTH_DATE).isBlank() && parseDate().isEmpty()) {
            now.put(CustomerField.BIRTH_DATE, isDayTheMonthLacks(value(CustomerField.BIRTH_DATE).strip())
                    ? messages.get("validation.birthDate.noSuchDay", value(CustomerField.BIRTH_DATE).strip())
                    : messages.get("validation.birthDate.format"));
        }
        if (Countries.parse(value(CustomerField.COUNTRY)).isEmpty()) {
            now.put(CustomerField.COUNTRY, messages.get("validation.country.invalid"));
        }
        errors.keySet().retainAll(now.keySet());
        errors.putAll(now);
        shownErrors.clear();
        now.forEach((field, message) -> {
            if (showAll || touched.contains(field) || nameTouched(field)) {
                shownErrors.put(field, message);
            }
        });
    }

    /**
     * The user left a field, typed in or not (e.g. tabbed through the last name): its message may show
     * from now on. Save is disabled while a rule is broken, so without this an untouched required
     * field would keep Save disabled with no message saying why.
     */
    public void touch(CustomerField field) {
        if (field == CustomerField.BIRTH_DATE) {
            // "1.5.80" read as 1980 shows as "01.05.1980" once the user moves on: they see which year it is.
            parseDate().map(dateShown::format).ifPresent(text.get(field)::set);
        }
        if (touched.add(field)) {
            validate();
        }
    }

    /** "Last name or company" is one rule: typing in either counts as touching it. */
    private boolean nameTouched(CustomerField field) {
        return field == CustomerField.LAST_NAME && touched.contains(CustomerField.COMPANY);
    }

    private void checkDuplicates() {
        int mine = ++duplicateGeneration;
        CustomerDetails details = details();
        runner.submit("duplicates", p -> service.duplicates(details, 0), found -> {
            if (mine == duplicateGeneration) {
                duplicates.setAll(found);
            }
        }, error -> { });
    }

    /**
     * Saves in the background. With errors, shows all messages and saves nothing. A save that fails
     * (someone else changed the customer) keeps everything typed and says what to do.
     */
    public void save(Consumer<Customer> onSaved) {
        validate();
        if (!errors.isEmpty()) {
            showAll = true;
            validate();
            return;
        }
        CustomerDetails details = details();
        saving.set(true);
        saveError.set("");
        runner.submit("save", p -> original == null ? service.create(details) : service.update(original, details),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, error -> {
                    saving.set(false);
                    saveError.set(describe(error));
                });
    }

    private String describe(Throwable error) {
        if (error instanceof ConcurrentEditException) {
            return messages.get("customer.form.changedElsewhere");
        }
        if (error instanceof ValidationException invalid) {
            showAll = true;
            validate();
            return messages.get("customer.form.invalid", invalid.errors().size());
        }
        return ErrorTexts.unexpected(error, messages);
    }

    public StringProperty textProperty(CustomerField field) {
        return text.get(field);
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }

    public BooleanProperty consentGrantedProperty(ConsentChannel channel) {
        return consentGranted.get(channel);
    }

    public StringProperty consentSourceProperty(ConsentChannel channel) {
        return consentSource.get(channel);
    }

    /** Beside the box, what saving will store: "granted on 1 Mar 2024", "withdrawn today, when saved", or nothing. */
    public ReadOnlyStringProperty consentStateProperty(ConsentChannel channel) {
        return consentState.get(channel);
    }

    public ObservableMap<CustomerField, String> errors() {
        return errors;
    }

    /** The messages the form shows: only for fields the user touched, or all after a save attempt. */
    public ObservableMap<CustomerField, String> shownErrors() {
        return shownErrors;
    }

    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }
}
