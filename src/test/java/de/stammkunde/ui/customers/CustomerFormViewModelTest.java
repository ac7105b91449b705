package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.customers.TypedCustomer;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.Debouncer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerFormViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private Database db;
    private CustomerService service;
    private final Messages messages = new Messages(Locale.GERMANY);

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        service = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CustomerFormViewModel form(Customer original) {
        return new CustomerFormViewModel(service, new CurrentThreadTaskRunner(), Debouncer.IMMEDIATE, messages,
                original);
    }

    @Test
    void aLastNameOfOnlyANulIsNoName() {
        // The database keeps no NUL (PostgreSQL refuses it): a last name of only a NUL (scanned or pasted)
        // passed "please enter a last name or a company" and the customer was stored without any name.
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("\u0000");

        form.save(saved -> { });

        assertEquals(messages.get("validation.name.required"), form.shownErrors().get(CustomerField.LAST_NAME));
        assertEquals(0, service.index().size(), "nothing saved");
        form.textProperty(CustomerField.LAST_NAME).set("Berg\u0000");
        assertEquals("Berg", form.details().lastName());
    }

    @Test
    void aConsentSourceLongerThanTheDatabaseKeepsSaysSoInsteadOfFailingTheSave() {
        // As the import's (found by CustomerImportFuzzTest): Save was enabled, and saving said
        // "That did not work: … Value too long for column SOURCE".
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Berg");
        form.consentGrantedProperty(ConsentChannel.EMAIL).set(true);
        form.consentSourceProperty(ConsentChannel.EMAIL).set("Formular im Laden ".repeat(12));

        assertEquals("Bitte höchstens 200 Zeichen verwenden.", form.shownErrors().get(CustomerField.CONSENT));
        assertFalse(form.canSaveProperty().get());
        form.save(saved -> { });
        assertEquals("", form.saveErrorProperty().get());
        assertEquals(0, service.index().size(), "nothing saved");

        form.consentSourceProperty(ConsentChannel.EMAIL).set("Formular im Laden");
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void aFormCountsAsEditedOnlyWhileItDiffersFromHowItOpened() {
        Customer anna = service.create(Customers.anna());
        CustomerFormViewModel form = form(anna);
        assertFalse(form.edited(), "as opened");

        form.textProperty(CustomerField.PHONE).set("0171 1234567");
        assertTrue(form.edited());
        form.textProperty(CustomerField.PHONE).set(anna.details().phone());
        assertFalse(form.edited(), "typed back as it was");

        form.consentGrantedProperty(ConsentChannel.SMS).set(true);
        assertTrue(form.edited(), "a ticked consent counts too");

        CustomerFormViewModel empty = form(null);
        assertFalse(empty.edited());
        empty.textProperty(CustomerField.LAST_NAME).set("Berg");
        assertTrue(empty.edited());
    }

    @Test
    void emptyNewFormCannotBeSavedButShowsNoMessageYet() {
        CustomerFormViewModel form = form(null);

        assertFalse(form.canSaveProperty().get());
        assertTrue(form.shownErrors().isEmpty());
    }

    @Test
    void invalidEmailShowsPlainMessageAndBlocksSaveUntilFixed() {
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Müller");
        form.textProperty(CustomerField.EMAIL).set("anna@");

        assertEquals(messages.get("validation.email.invalid"), form.shownErrors().get(CustomerField.EMAIL));
        assertFalse(form.canSaveProperty().get());

        form.textProperty(CustomerField.EMAIL).set("anna@example.de");

        assertNull(form.shownErrors().get(CustomerField.EMAIL));
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void germanDateIsReadAndAFutureOneRefused() {
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Müller");
        form.textProperty(CustomerField.BIRTH_DATE).set("17.5.1980");
        assertEquals(LocalDate.of(1980, 5, 17), form.details().birthDate());

        form.textProperty(CustomerField.BIRTH_DATE).set("01.01.2030");
        assertEquals(messages.get("validation.birthDate.future"), form.shownErrors().get(CustomerField.BIRTH_DATE));

        form.textProperty(CustomerField.BIRTH_DATE).set("31.02.1980x");
        assertEquals(messages.get("validation.birthDate.format"), form.shownErrors().get(CustomerField.BIRTH_DATE));
    }

    @Test
    void aTwoDigitYearIsABirthYearOfTheLastHundredYearsAndShowsWhole() {
        // Before, "1.5.80" got "Bitte das Datum als TT.MM.JJJJ eingeben" although what was meant is plain.
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Müller");

        form.textProperty(CustomerField.BIRTH_DATE).set("1.5.80");
        assertNull(form.shownErrors().get(CustomerField.BIRTH_DATE));
        assertEquals(LocalDate.of(1980, 5, 1), form.details().birthDate());
        form.touch(CustomerField.BIRTH_DATE);
        assertEquals("01.05.1980", form.textProperty(CustomerField.BIRTH_DATE).get(), "the user sees the year read");

        form.textProperty(CustomerField.BIRTH_DATE).set("3.4.05");
        assertEquals(LocalDate.of(2005, 4, 3), form.details().birthDate());
        form.textProperty(CustomerField.BIRTH_DATE).set("31.2.80");
        assertEquals("Den 31.2.80 gibt es nicht: Der Monat hat weniger Tage. Bitte den Tag prüfen.",
                form.shownErrors().get(CustomerField.BIRTH_DATE));
        form.textProperty(CustomerField.BIRTH_DATE).set("1.5.8");
        assertEquals(messages.get("validation.birthDate.format"), form.shownErrors().get(CustomerField.BIRTH_DATE));
        form.touch(CustomerField.BIRTH_DATE);
        assertEquals("1.5.8", form.textProperty(CustomerField.BIRTH_DATE).get(), "what cannot be read stays as typed");
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void aDayTheMonthDoesNotHaveIsCalledSoNotAWrongFormat() {
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Müller");

        form.textProperty(CustomerField.BIRTH_DATE).set("31.02.1980");

        assertEquals("Den 31.02.1980 gibt es nicht: Der Monat hat weniger Tage. Bitte den Tag prüfen.",
                form.shownErrors().get(CustomerField.BIRTH_DATE));
        assertFalse(form.canSaveProperty().get());
        form.textProperty(CustomerField.BIRTH_DATE).set("32.01.1980");
        assertEquals(messages.get("validation.birthDate.format"), form.shownErrors().get(CustomerField.BIRTH_DATE));
    }

    @Test
    void austrianPostcodeHasFourDigits() {
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.LAST_NAME).set("Huber");
        form.textProperty(CustomerField.COUNTRY).set("Österreich");
        form.textProperty(CustomerField.POSTCODE).set("10115");

        assertEquals(messages.get("validation.postcode.format.AT"), form.shownErrors().get(CustomerField.POSTCODE));
    }

    @Test
    void savingANewCustomerStoresItAndReportsIt() {
        CustomerFormViewModel form = form(null);
        form.textProperty(CustomerField.FIRST_NAME).set("Anna");
        form.textProperty(CustomerField.LAST_NAME).set("Müller");
        form.textProperty(CustomerField.TAGS).set("Kaffee; Bio");
        form.consentGrantedProperty(ConsentChannel.EMAIL).set(true);
        AtomicReference<Customer> saved = new AtomicReference<>();

        form.save(saved::set);

        assertEquals(List.of("Kaffee", "Bio"), saved.get().details().tags());
        assertTrue(saved.get().details().hasConsent(ConsentChannel.EMAIL));
        assertEquals(LocalDate.now(CLOCK), saved.get().details().consents().get(ConsentChannel.EMAIL).date());
        assertEquals(1, service.index().size());
    }

    @Test
    void aSearchThatFoundNobodyOpensTheNewFormFilledInAndCheckedForDuplicates() {
        Customer anna = service.create(Customers.anna());

        CustomerFormViewModel byName = new CustomerFormViewModel(service, new CurrentThreadTaskRunner(),
                Debouncer.IMMEDIATE, messages, null, TypedCustomer.from("paula neumann"));
        CustomerFormViewModel byEmail = new CustomerFormViewModel(service, new CurrentThreadTaskRunner(),
                Debouncer.IMMEDIATE, messages, null, TypedCustomer.from(anna.details().email()));

        assertEquals("Paula", byName.textProperty(CustomerField.FIRST_NAME).get());
        assertEquals("Neumann", byName.textProperty(CustomerField.LAST_NAME).get());
        assertEquals(CustomerDetails.DEFAULT_COUNTRY, byName.textProperty(CustomerField.COUNTRY).get());
        assertTrue(byName.canSaveProperty().get(), "a name is enough to save");
        assertFalse(byName.edited(), "closing asks nothing: the name was the user's own search");
        assertEquals(anna.details().email(), byEmail.textProperty(CustomerField.EMAIL).get());
        assertEquals(List.of(anna.id()), byEmail.duplicates().stream().map(d -> d.existing().id()).toList(),
                "the e-mail belongs to Anna: said before anything else is typed");
        assertFalse(byEmail.shownErrors().containsKey(CustomerField.LAST_NAME),
                "no message for the name not typed yet");
    }

    @Test
    void newCustomerWithTheEmailOfAnExistingOneShowsTheDuplicate() {
        Customer anna = service.create(Customers.anna());
        CustomerFormViewModel form = form(null);

        form.textProperty(CustomerField.LAST_NAME).set("Schulz");
        form.textProperty(CustomerField.EMAIL).set("Anna.Mueller@example.de");

        assertEquals(1, form.duplicates().size());
        assertEquals(anna.id(), form.duplicates().get(0).existing().id());
    }

    @Test
    void withdrawingAConsentRecordsTheWithdrawalWithTodaysDate() {
        Customer anna = service.create(Customers.anna());
        CustomerFormViewModel form = form(anna);

        form.consentGrantedProperty(ConsentChannel.EMAIL).set(false);

        var consent = form.details().consents().get(ConsentChannel.EMAIL);
        assertFalse(consent.granted());
        assertEquals(LocalDate.now(CLOCK), consent.date());
    }

    @Test
    void besideEachConsentTheFormSaysWhatSavingWillStore() {
        Customer anna = service.create(Customers.anna());
        CustomerFormViewModel form = form(anna);
        assertEquals("erteilt am 01.03.2024", form.consentStateProperty(ConsentChannel.EMAIL).get());
        assertEquals("", form.consentStateProperty(ConsentChannel.SMS).get());

        form.consentGrantedProperty(ConsentChannel.EMAIL).set(false);
        assertEquals("widerrufen heute, beim Speichern", form.consentStateProperty(ConsentChannel.EMAIL).get(),
                "not 'granted on 01.03.2024' until saved");
        assertEquals("", form.consentSourceProperty(ConsentChannel.EMAIL).get(),
                "the withdrawal gets its own source, not the grant's 'Formular im Laden'");
        form.consentSourceProperty(ConsentChannel.EMAIL).set("per E-Mail");
        form.consentGrantedProperty(ConsentChannel.SMS).set(true);
        assertEquals("erteilt heute, beim Speichern", form.consentStateProperty(ConsentChannel.SMS).get(),
                "not nothing until saved");

        var saved = form.details().consents();
        assertEquals(new Consent(false, LocalDate.now(CLOCK), "per E-Mail"), saved.get(ConsentChannel.EMAIL));
        assertEquals(new Consent(true, LocalDate.now(CLOCK), ""), saved.get(ConsentChannel.SMS));

        form.consentSourceProperty(ConsentChannel.EMAIL).set("");
        form.consentGrantedProperty(ConsentChannel.EMAIL).set(true);
        assertEquals("Formular im Laden", form.consentSourceProperty(ConsentChannel.EMAIL).get());
        assertEquals("erteilt am 01.03.2024", form.consentStateProperty(ConsentChannel.EMAIL).get(),
                "ticked again, the stored answer stays as it was");
        assertEquals(anna.details().consents().get(ConsentChannel.EMAIL),
                form.details().consents().get(ConsentChannel.EMAIL));
    }

    @Test
    void aStoredBirthDateShowsWithTwoDigitDayAndMonthAndReadsBackUnchanged() {
        Customer anna = service.create(Customers.anna().toBuilder().birthDate(LocalDate.of(1990, 8, 3)).build());
        CustomerFormViewModel form = form(anna);

        assertEquals("03.08.1990", form.textProperty(CustomerField.BIRTH_DATE).get());
        assertEquals(LocalDate.of(1990, 8, 3), form.details().birthDate());
        assertFalse(form.edited());
    }

    @Test
    void editingKeepsTheUnchangedConsentDate() {
        Customer anna = service.create(Customers.anna());
        CustomerFormViewModel form = form(anna);

        form.textProperty(CustomerField.CITY).set("Bonn");

        assertEquals(anna.details().consents(), form.details().consents());
    }
}
