package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignField;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignFormViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private Database db;
    private CustomerService customers;
    private CampaignService campaigns;
    private final Messages messages = new Messages(Locale.GERMANY);
    private Customer anna;

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
        campaigns = new CampaignService(db.jdbi(), CLOCK, new Workplace("anna", "KASSE-1"), customers);
        anna = customers.create(CustomerDetails.builder().lastName("Müller").tags(List.of("Kaffee"))
                .birthDate(LocalDate.of(1980, 11, 30)).build());
        customers.create(CustomerDetails.builder().lastName("Berg").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CampaignFormViewModel form(boolean birthday) {
        return new CampaignFormViewModel(campaigns, customers.index(), new CurrentThreadTaskRunner(), messages,
                new Formats(messages.locale()), birthday);
    }

    private static CampaignFormViewModel filled(CampaignFormViewModel vm, String customerNumber) {
        vm.nameProperty().set("Herbst");
        vm.customerNumberProperty().set(customerNumber);
        return vm;
    }

    @Test
    void aFormCountsAsEditedOnlyOnceTheUserChangedSomething() {
        CampaignFormViewModel plain = form(false);
        CampaignFormViewModel birthday = form(true);
        assertFalse(plain.edited(), "its defaults are no edit");
        assertFalse(birthday.edited(), "nor the birthday campaign's name and dates");

        plain.nameProperty().set("Herbst");
        birthday.daysProperty().set("7");

        assertTrue(plain.edited());
        assertTrue(birthday.edited());
    }

    @Test
    void completeFormCanBeCreatedAndStoresTheCampaign() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        List<Campaign> created = new ArrayList<>();

        assertTrue(vm.canCreateProperty().get());
        vm.create(created::add);

        assertEquals(1, created.size());
        assertEquals(new BigDecimal("10.00"), created.get(0).offer().percentOff().setScale(2));
        assertEquals(1, campaigns.coupons(created.get(0).id()).size());
        assertEquals("Kunde " + anna.number(), created.get(0).targetDescription());
        assertEquals(new CampaignTarget.OneCustomer(anna.number()), created.get(0).target());
    }

    @Test
    void aCampaignForAFilterStoresItsSearchTagAndStatusAsFactsBesideTheWords() {
        // Before, only the words were stored: an English list showed them in German.
        CampaignFormViewModel vm = filled(form(false), "");
        vm.targetProperty().set(CampaignFormViewModel.Target.MATCHING);
        vm.searchTextProperty().set(" Müller ");
        vm.tagProperty().set("Kaffee");
        List<Campaign> created = new ArrayList<>();

        vm.create(created::add);

        assertEquals(CampaignTarget.matching("Müller", "Kaffee", null), created.get(0).target());
        assertEquals("Suche „Müller“, Interesse Kaffee", created.get(0).targetDescription());
    }

    @Test
    void aSearchForATownThatFindsNobodySaysWhatTheSearchLooksAt() {
        // "Bamberg" found nobody, and "Bitte Suche oder Filter ändern." left the owner guessing why.
        customers.create(CustomerDetails.builder().lastName("Vogel").city("Bamberg").build());
        CampaignFormViewModel vm = filled(form(false), "");
        vm.targetProperty().set(CampaignFormViewModel.Target.MATCHING);
        vm.searchTextProperty().set(" Bamberg ");
        vm.touch(CampaignField.TARGET);

        assertEquals("Kein Kunde passt. Die Suche findet Name, Firma, E-Mail, Telefon, Kundennr., keinen Ort.",
                vm.errorProperty(CampaignField.TARGET).get());

        vm.searchTextProperty().set("");
        vm.statusProperty().set(CustomerStatus.LOST);
        assertEquals(messages.get("coupons.error.noCustomers"), vm.errorProperty(CampaignField.TARGET).get(),
                "without a search text the filters are what to change");
    }

    @Test
    void missingNameIsShownBesideTheFieldAndCreateIsDisabled() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.nameProperty().set(" ");

        assertEquals("Bitte der Aktion einen Namen geben.", vm.errorProperty(CampaignField.NAME).get());
        assertFalse(vm.canCreateProperty().get());
    }

    @Test
    void aSharedCodesLimitMayBeWrittenInThousands() {
        // "1.000" was refused with "please enter a whole number from 1"
        CampaignFormViewModel vm = filled(form(false), "");
        vm.codeModeProperty().set(CodeMode.SHARED);
        vm.limitProperty().set("1.000");
        List<Campaign> created = new ArrayList<>();

        assertEquals("", vm.errorProperty(CampaignField.LIMIT).get());
        vm.create(created::add);

        assertEquals(1000, created.get(0).redemptionLimit());
        vm.limitProperty().set("1,5");
        assertEquals(messages.get("coupons.error.limit"), vm.errorProperty(CampaignField.LIMIT).get());
    }

    @Test
    void anAmountOrPercentageThatCannotBeReadSaysHowToWriteIt() {
        // "0,001" was answered with "please enter an amount above 0", which it is
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.kindProperty().set(CampaignKind.AMOUNT);
        vm.amountProperty().set("0,001");
        assertEquals(messages.get("coupons.error.amountFormat"), vm.errorProperty(CampaignField.AMOUNT).get());
        vm.amountProperty().set("-5");
        assertEquals(messages.get("coupons.error.amount"), vm.errorProperty(CampaignField.AMOUNT).get());

        vm.kindProperty().set(CampaignKind.PERCENT);
        vm.percentProperty().set("10,555");
        assertEquals(messages.get("coupons.error.percentFormat"), vm.errorProperty(CampaignField.PERCENT).get());
        assertEquals("", vm.errorProperty(CampaignField.AMOUNT).get(), "an amount is not asked for now");
        vm.percentProperty().set("150");
        assertEquals(messages.get("coupons.error.percent"), vm.errorProperty(CampaignField.PERCENT).get());
        vm.percentProperty().set("10,5");
        assertEquals("", vm.errorProperty(CampaignField.PERCENT).get());
        assertTrue(vm.canCreateProperty().get());
    }

    @Test
    void aFreshFormShowsNoMessageAndChoosingTheKindShowsNoneForTheNameOrTheAmount() {
        CampaignFormViewModel vm = form(false);

        vm.kindProperty().set(CampaignKind.AMOUNT);

        for (CampaignField field : CampaignField.values()) {
            assertEquals("", vm.errorProperty(field).get(), field + ": the user has not been there yet");
        }
        assertFalse(vm.canCreateProperty().get());
    }

    @Test
    void aFieldTypedInOrLeftShowsItsMessageAndNoOther() {
        CampaignFormViewModel vm = form(false);

        vm.touch(CampaignField.NAME);
        vm.kindProperty().set(CampaignKind.AMOUNT);
        vm.amountProperty().set("null");

        assertEquals("Bitte der Aktion einen Namen geben.", vm.errorProperty(CampaignField.NAME).get());
        assertEquals(messages.get("coupons.error.amountFormat"), vm.errorProperty(CampaignField.AMOUNT).get());
        assertEquals("", vm.errorProperty(CampaignField.TARGET).get(), "not yet at the customer number");
    }

    @Test
    void tryingToCreateAnUntouchedFormShowsEveryMessageAndCreatesNothing() {
        CampaignFormViewModel vm = form(false);
        List<Campaign> created = new ArrayList<>();

        vm.create(created::add);

        assertEquals(List.of(), created);
        assertEquals("Bitte der Aktion einen Namen geben.", vm.errorProperty(CampaignField.NAME).get());
        assertEquals("Bitte die Kundennummer des Kunden eingeben, der den Code bekommt.",
                vm.errorProperty(CampaignField.TARGET).get());
        vm.nameProperty().set("Herbst");
        assertEquals("", vm.errorProperty(CampaignField.NAME).get(), "a corrected field says nothing more");
    }

    @Test
    void aMessageAboutTwoFieldsShowsWhenEitherWasChanged() {
        CampaignFormViewModel vm = form(false);
        vm.validFromProperty().set(vm.validToProperty().get().plusDays(1));
        assertEquals("Das Ende liegt vor dem Beginn. Bitte ein späteres Ende wählen.",
                vm.errorProperty(CampaignField.VALID_TO).get(), "only the start was changed");

        CampaignFormViewModel other = form(false);
        other.targetProperty().set(CampaignFormViewModel.Target.MATCHING);
        other.targetProperty().set(CampaignFormViewModel.Target.ONE_CUSTOMER);
        assertEquals("Bitte die Kundennummer des Kunden eingeben, der den Code bekommt.",
                other.errorProperty(CampaignField.TARGET).get(), "only whom was chosen, no number typed");
    }

    @Test
    void theBirthdayFormsPrefilledNameSaysNothingButItsCountDoesAtOnce() {
        form(true).create(c -> { });

        CampaignFormViewModel vm = form(true);

        assertEquals("", vm.errorProperty(CampaignField.NAME).get());
        assertEquals(messages.get("coupons.error.birthdaysGiven", 1), vm.errorProperty(CampaignField.TARGET).get(),
                "why Create is disabled, before any key");
        vm.nameProperty().set("");
        assertEquals("Bitte der Aktion einen Namen geben.", vm.errorProperty(CampaignField.NAME).get());
    }

    @Test
    void withoutAnyBirthDateTheBirthdayFormSaysToEnterThemNotToChooseMoreDays() {
        // A first day: customers were registered without birth dates; "Please choose more days"
        // sent the owner up to 366 days, and still nobody was found.
        customers.setArchived(anna, true);

        CampaignFormViewModel vm = form(true);
        vm.daysProperty().set("366");

        assertEquals(messages.get("coupons.error.noBirthDates"), vm.errorProperty(CampaignField.TARGET).get());
    }

    @Test
    void withBirthDatesOutsideTheDaysTheBirthdayFormSaysToChooseMoreDays() {
        CampaignFormViewModel vm = form(true);
        vm.daysProperty().set("3");

        assertEquals(messages.get("coupons.error.noBirthdays"), vm.errorProperty(CampaignField.TARGET).get());
    }

    @Test
    void percentThatIsNoNumberOrAboveHundredIsRefused() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.percentProperty().set("zehn");
        assertFalse(vm.errorProperty(CampaignField.PERCENT).get().isEmpty());
        vm.percentProperty().set("120");
        assertFalse(vm.canCreateProperty().get());
        vm.percentProperty().set("7,5 %");
        assertEquals("", vm.errorProperty(CampaignField.PERCENT).get());
        assertTrue(vm.canCreateProperty().get());
    }

    @Test
    void amountAndFreeItemAreCheckedOnlyForTheirKind() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.kindProperty().set(CampaignKind.AMOUNT);
        vm.touch(CampaignField.AMOUNT);
        assertEquals("Bitte einen Betrag über 0 eingeben, z.\u00a0B. 5,00.", vm.errorProperty(CampaignField.AMOUNT).get());
        vm.amountProperty().set("5,00");
        assertTrue(vm.canCreateProperty().get());
        vm.kindProperty().set(CampaignKind.FREE_ITEM);
        vm.touch(CampaignField.FREE_ITEM);
        assertEquals("", vm.errorProperty(CampaignField.AMOUNT).get());
        assertFalse(vm.errorProperty(CampaignField.FREE_ITEM).get().isEmpty());
    }

    @Test
    void anAmountOrMinimumBeyondAnyPurchaseIsRefusedBesideTheFieldNotByTheDatabase() {
        // Found by CampaignFormViewModelFuzzTest: Create was enabled, and creating said "That did not work:"
        // with the database's "Value too large for column" text.
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.kindProperty().set(CampaignKind.AMOUNT);
        vm.amountProperty().set("99999999999999999999");
        vm.minPurchaseProperty().set("100000,01");
        List<Campaign> created = new ArrayList<>();

        vm.create(created::add);

        assertEquals("Bitte höchstens 100.000,00\u00a0€ eingeben.", vm.errorProperty(CampaignField.AMOUNT).get());
        assertEquals("Bitte höchstens 100.000,00\u00a0€ eingeben.",
                vm.errorProperty(CampaignField.MIN_PURCHASE).get());
        assertEquals(List.of(), created);
        vm.amountProperty().set("100000");
        vm.minPurchaseProperty().set("100000,00");
        assertTrue(vm.canCreateProperty().get(), "as much as a purchase can be");
    }

    @Test
    void aNameOrFreeItemOfOnlyANulIsNone() {
        // The database keeps no NUL (PostgreSQL refuses it): "\0" passed both rules and the campaign was stored
        // without a name, or with nothing free.
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.nameProperty().set("\u0000");
        vm.kindProperty().set(CampaignKind.FREE_ITEM);
        vm.freeItemProperty().set("\u0000");

        assertFalse(vm.canCreateProperty().get());
        vm.create(c -> { });
        assertEquals("Bitte der Aktion einen Namen geben.", vm.errorProperty(CampaignField.NAME).get());
        assertEquals(messages.get("coupons.error.freeItem"), vm.errorProperty(CampaignField.FREE_ITEM).get());
    }

    @Test
    void endBeforeStartAndUnreadableMinimumAreShown() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.validToProperty().set(vm.validFromProperty().get().minusDays(1));
        vm.minPurchaseProperty().set("viel");

        assertEquals("Das Ende liegt vor dem Beginn. Bitte ein späteres Ende wählen.",
                vm.errorProperty(CampaignField.VALID_TO).get());
        assertFalse(vm.errorProperty(CampaignField.MIN_PURCHASE).get().isEmpty());
        assertFalse(vm.canCreateProperty().get());
    }

    @Test
    void anEndAlreadyPastIsRefusedBesideTheEndAndNothingIsCreated() {
        CampaignFormViewModel vm = filled(form(false), anna.number());
        vm.validFromProperty().set(LocalDate.of(2025, 11, 1));
        vm.validToProperty().set(LocalDate.of(2025, 11, 30));
        List<Campaign> created = new ArrayList<>();

        assertEquals("Das Ende liegt vor heute (22.11.2026), die Codes wären schon abgelaufen.",
                vm.errorProperty(CampaignField.VALID_TO).get(),
                "a year mistyped: every code would answer \"expired\" at the counter");
        assertFalse(vm.canCreateProperty().get());
        vm.create(created::add);
        assertTrue(created.isEmpty());

        vm.validToProperty().set(LocalDate.of(2026, 11, 22));
        assertEquals("", vm.errorProperty(CampaignField.VALID_TO).get(), "ending today is fine");
        assertTrue(vm.canCreateProperty().get());
    }

    @Test
    void unknownCustomerNumberIsShownAndNobodyGetsACode() {
        CampaignFormViewModel vm = filled(form(false), "999");

        assertEquals(0, vm.recipientsProperty().get());
        assertEquals("Kein aktueller Kunde hat diese Nummer. Bitte prüfen.", vm.errorProperty(CampaignField.TARGET).get());
    }

    @Test
    void emptyCustomerNumberAsksForOneInsteadOfSayingNobodyMatches() {
        CampaignFormViewModel vm = filled(form(false), "");
        vm.touch(CampaignField.TARGET);

        assertEquals("Bitte die Kundennummer des Kunden eingeben, der den Code bekommt.",
                vm.errorProperty(CampaignField.TARGET).get());
        assertFalse(vm.canCreateProperty().get());
    }

    @Test
    void filterCountsTheCustomersLive() {
        CampaignFormViewModel vm = filled(form(false), "");
        vm.targetProperty().set(CampaignFormViewModel.Target.MATCHING);
        assertEquals(2, vm.recipientsProperty().get());

        vm.tagProperty().set("Kaffee");

        assertEquals(1, vm.recipientsProperty().get());
        assertEquals("1 Kunde bekommt einen Code.", vm.recipientsTextProperty().get());
    }

    @Test
    void sharedCodeNeedsNoCustomersButAWholeLimit() {
        CampaignFormViewModel vm = filled(form(false), "");
        vm.codeModeProperty().set(CodeMode.SHARED);
        assertTrue(vm.canCreateProperty().get(), "empty limit: unlimited");
        vm.limitProperty().set("0");
        assertFalse(vm.canCreateProperty().get());
        vm.limitProperty().set("zwei");
        assertFalse(vm.errorProperty(CampaignField.LIMIT).get().isEmpty());
        vm.limitProperty().set("100");
        assertTrue(vm.canCreateProperty().get());
    }

    @Test
    void birthdayFormCountsBirthdaysInTheNextDays() {
        CampaignFormViewModel vm = form(true);
        assertEquals(1, vm.recipientsProperty().get(), "30 Nov is within 14 days of 22 Nov");
        vm.daysProperty().set("3");
        assertEquals(0, vm.recipientsProperty().get());
        assertFalse(vm.canCreateProperty().get());
        vm.daysProperty().set("-1");
        assertEquals("Bitte eine Anzahl Tage von 0 bis 366 eingeben.", vm.errorProperty(CampaignField.TARGET).get());
    }

    @Test
    void theBirthdayCouponsEndMovesWithTheDaysUntilTheUserChoosesAnEnd() {
        CampaignFormViewModel vm = form(true);
        assertEquals(LocalDate.of(2027, 1, 5), vm.validToProperty().get(), "22 Nov + 14 days + 30");

        vm.daysProperty().set("30");
        assertEquals(LocalDate.of(2027, 1, 21), vm.validToProperty().get(), "the 30th day's birthday has 30 days too");
        vm.daysProperty().set("3x");
        assertEquals(LocalDate.of(2027, 1, 21), vm.validToProperty().get(), "no number: the end stays");

        vm.validToProperty().set(LocalDate.of(2027, 3, 31));
        vm.daysProperty().set("7");
        assertEquals(LocalDate.of(2027, 3, 31), vm.validToProperty().get(), "the user's own end stays");
    }

    @Test
    void birthdayCampaignIsCreatedForTheBirthdayCustomers() {
        CampaignFormViewModel vm = form(true);
        List<Campaign> created = new ArrayList<>();

        vm.create(created::add);

        assertEquals(List.of(anna.id()), campaigns.coupons(created.get(0).id()).stream()
                .map(k -> k.customerId()).toList());
        assertEquals("Geburtstag in den nächsten 14 Tagen", created.get(0).targetDescription());
        assertEquals(new CampaignTarget.Birthdays(14), created.get(0).target());
    }

    @Test
    void aSecondBirthdayCampaignSaysWhoIsLeftOutBecauseTheyHaveACouponForThisBirthday() {
        Customer bert = customers.create(CustomerDetails.builder().lastName("Adler")
                .birthDate(LocalDate.of(1975, 12, 1)).build());
        form(true).create(c -> { });
        Customer carl = customers.create(CustomerDetails.builder().lastName("Christ")
                .birthDate(LocalDate.of(1990, 12, 2)).build());

        CampaignFormViewModel again = form(true);

        assertEquals(1, again.recipientsProperty().get());
        assertEquals("1 Kunde bekommt einen Code. 2 weitere haben für diesen Geburtstag schon einen aus einer "
                + "früheren Aktion.", again.recipientsTextProperty().get());
        again.daysProperty().set("9");
        assertEquals("Alle 2 Kunden mit Geburtstag in diesen Tagen haben dafür schon einen Gutschein aus einer "
                + "früheren Geburtstagsaktion. Bitte mehr Tage wählen.",
                again.errorProperty(CampaignField.TARGET).get());
        assertFalse(again.canCreateProperty().get());
        again.daysProperty().set("14");
        List<Campaign> created = new ArrayList<>();
        again.create(created::add);
        assertEquals(List.of(carl.id()), campaigns.coupons(created.get(0).id()).stream()
                .map(CampaignCoupon::customerId).toList());
    }

    private CampaignFormViewModel pickedForm(List<Customer> picked) {
        List<CustomerListRow> rows = picked.stream().map(c -> customers.index().byNumber(c.number()).orElseThrow())
                .toList();
        return new CampaignFormViewModel(campaigns, customers.index(), new CurrentThreadTaskRunner(), messages,
                new Formats(messages.locale()), rows);
    }

    @Test
    void customersPickedInTheListGetOneCodeEachAndNobodyElse() {
        Customer carl = customers.create(CustomerDetails.builder().lastName("Christ").build());
        CampaignFormViewModel vm = pickedForm(List.of(anna, carl));
        vm.nameProperty().set("Stammtisch");
        List<Campaign> created = new ArrayList<>();

        assertEquals(CampaignFormViewModel.Target.PICKED, vm.targetProperty().get());
        assertEquals(2, vm.pickedCount());
        assertEquals("2 Kunden bekommen einen Code.", vm.recipientsTextProperty().get());
        vm.create(created::add);

        assertEquals(List.of(carl.id(), anna.id()), campaigns.coupons(created.get(0).id()).stream()
                .map(CampaignCoupon::customerId).toList());
        assertEquals("2 ausgewählte Kunden", created.get(0).targetDescription());
        assertEquals(new CampaignTarget.Picked(2), created.get(0).target());
    }

    @Test
    void oneCustomerPickedInTheListIsFilledInAsTheOneCustomer() {
        CampaignFormViewModel vm = pickedForm(List.of(anna));

        assertEquals(CampaignFormViewModel.Target.ONE_CUSTOMER, vm.targetProperty().get());
        assertEquals(anna.number(), vm.customerNumberProperty().get());
        assertEquals(0, vm.pickedCount(), "no list of one");
        assertFalse(vm.edited(), "what the list filled in is no edit");
    }

    @Test
    void birthdayDaysThatAreNoNumberLeaveNoOldCountBesideTheError() {
        CampaignFormViewModel vm = form(true);
        assertEquals("1 Kunde bekommt einen Code.", vm.recipientsTextProperty().get());

        vm.daysProperty().set("viele");

        assertEquals("", vm.recipientsTextProperty().get());
        assertEquals(messages.get("coupons.error.days"), vm.errorProperty(CampaignField.TARGET).get());
        assertFalse(vm.canCreateProperty().get());
    }
}
