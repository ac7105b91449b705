package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.coupons.TargetWords;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.RecordingPrinter;
import de.stammkunde.ui.common.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignsViewModelTest {

    private final Messages messages = new Messages(Locale.GERMANY);
    private Database db;
    private CampaignService campaigns;
    private CampaignsViewModel vm;
    private Customer anna;
    private Campaign campaign;
    private CustomerService customers;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingPrinter printer = new RecordingPrinter();

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        customers = new CustomerService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new CustomerIndex(),
                List.of());
        campaigns = new CampaignService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new Workplace("a", "K"), customers);
        vm = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()), new CouponDocuments(),
                new CurrentThreadTaskRunner(), dialogs, printer, messages, new Formats(messages.locale()));
        anna = customers.create(CustomerDetails.builder().firstName("Anna").lastName("Müller").build());
        List<Long> everyone = new ArrayList<>(List.of(anna.id()));
        for (int i = 1; i < 9; i++) {
            everyone.add(customers.create(CustomerDetails.builder().lastName("Kunde " + i).build()).id());
        }
        campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount("5"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(everyone, "Alle"), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listShowsEachCampaignWithItsStatistics() {
        vm.refresh();

        assertEquals(1, vm.rows().size());
        assertEquals(9, vm.rows().get(0).issued());
        assertEquals("0 (0 %)", vm.redeemed(vm.rows().get(0)).replace('\u00a0', ' '));
        assertEquals("5,00 € Rabatt", vm.offer(vm.rows().get(0)).replace('\u00a0', ' '));
    }

    @Test
    void theOfferSaysTheMinimumPurchaseWhereTheCampaignHasOne() {
        // Before, "5,00 € Rabatt" with a minimum of 30,00 € read as the one without: the minimum showed nowhere.
        Campaign withMinimum = campaigns.create(new CampaignDraft("Wochenmarkt", Offer.amount("5"),
                new BigDecimal("30"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.SHARED, 3, ""),
                Audience.of(List.of(), "Alle"), Progress.NONE);
        CampaignStats row = new CampaignStats(withMinimum, 1, 0, 0, BigDecimal.ZERO, null, null);

        assertEquals("5,00 € Rabatt ab 30,00 € Einkauf", vm.offer(row).replace('\u00a0', ' '));
        CampaignsViewModel english = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()),
                new CouponDocuments(), new CurrentThreadTaskRunner(), dialogs, printer, new Messages(Locale.UK),
                new Formats(Locale.UK));
        assertEquals("€5.00 off on €30.00 or more", english.offer(row).replace('\u00a0', ' '));
    }

    @Test
    void theRedeemedColumnSaysOnHoveringHowManyUsesARefundGaveBack() {
        // Before, a refunded use simply vanished from the figures.
        CampaignStats one = new CampaignStats(campaign, 9, 2, 1, BigDecimal.TEN, null, null);
        CampaignStats none = new CampaignStats(campaign, 9, 2, 0, BigDecimal.TEN, null, null);

        assertEquals("2 (22 %)", vm.redeemed(one).replace('\u00a0', ' '), "the figures stay as they are");
        assertEquals("Eine Einlösung wurde erstattet; sie zählt hier nicht mit.", vm.refundedUses(one));
        assertEquals("3 Einlösungen wurden erstattet; sie zählen hier nicht mit.",
                vm.refundedUses(new CampaignStats(campaign, 9, 2, 3, BigDecimal.TEN, null, null)));
        assertEquals("", vm.refundedUses(none));
    }

    @Test
    void aCampaignForOneCustomerNamesTheCustomerFromTheListsOwnQuery() {
        // Before, the "For" column said "Kunde 100001": whom that is had to be looked up.
        Campaign one = forAnnaAlone("Nur Anna", new CampaignTarget.OneCustomer(anna.number()));
        Campaign matching = forAnnaAlone("Kaffee", CampaignTarget.matching("", "Kaffee", null));

        vm.refresh();

        assertEquals("Müller, Anna (" + anna.number() + ")", vm.target(row(one)));
        assertEquals("Interesse Kaffee", vm.target(row(matching)), "one customer matched: the search says more");
        assertEquals(campaign.targetDescription(), vm.target(row(campaign)));

        customers.erase(customers.find(anna.id()).orElseThrow(), "DSGVO");
        vm.refresh();

        assertEquals("Kunde " + anna.number(), vm.target(row(one)), "erased: no name left, not \" (100001)\"");
    }

    @Test
    void aCampaignMadeInGermanIsForWhomItWasMadeInTheLanguageTheAppRunsInNow() {
        // Before, an English list said "Suche „müller, anna“, Interesse Fahrrad, Status Aktiv": the words
        // the German form stored.
        Messages german = new Messages(Locale.GERMANY);
        List<CampaignTarget> made = List.of(
                CampaignTarget.matching("müller, \"anna\"", "Fahrrad", CustomerStatus.ACTIVE),
                new CampaignTarget.Picked(1234), new CampaignTarget.Birthdays(14), new CampaignTarget.Everyone(),
                new CampaignTarget.CardSample(50));
        for (CampaignTarget target : made) {
            campaigns.create(new CampaignDraft("Aktion", Offer.amount("5"), BigDecimal.ZERO,
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                    Audience.of(List.of(anna.id()), new TargetWords(german).of(target, ""), target), Progress.NONE);
        }
        Campaign one = forAnnaAlone("Nur Anna", new CampaignTarget.OneCustomer(anna.number()));
        Messages english = new Messages(Locale.UK);
        CampaignsViewModel en = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()),
                new CouponDocuments(), new CurrentThreadTaskRunner(), dialogs, printer, english,
                new Formats(english.locale()));

        en.refresh();

        // newest first
        assertEquals(List.of("one in 50 card holders", "All current customers", "Birthday within 14 days",
                "1,234 selected customers", "Search “müller, \"anna\"”, Interest Fahrrad, Status Active"),
                en.rows().stream().filter(r -> r.campaign().name().equals("Aktion")).map(en::target).toList());
        assertEquals("Suche „müller, \"anna\"“, Interesse Fahrrad, Status Aktiv", en.rows().stream()
                .filter(r -> r.campaign().name().equals("Aktion")).reduce((a, b) -> b).orElseThrow().campaign()
                .targetDescription(), "the words of the day are kept");
        assertEquals("Müller, Anna (" + anna.number() + ")", en.target(row(en, one)));
        assertEquals("Customer " + anna.number(), en.target(one), "without the row's holder");
    }

    @Test
    void aCampaignWhoseTargetIsOnlyWordsShowsTheWords() {
        // as V9 leaves words it did not recognise: a campaign for one customer among them shows them too
        Campaign words = forAnnaAlone("Alt", "Kunde Anna");

        vm.refresh();

        assertEquals("Kunde Anna", vm.target(row(words)));
    }

    /** A campaign with one coupon, Anna's, made for {@code target}, in German words. */
    private Campaign forAnnaAlone(String name, CampaignTarget target) {
        return campaigns.create(new CampaignDraft(name, Offer.amount("5"), BigDecimal.ZERO, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""), Audience.of(List.of(anna.id()),
                new TargetWords(messages).of(target, ""), target), Progress.NONE);
    }

    /** A campaign with one coupon, Anna's, whose target was stored only as {@code words}. */
    private Campaign forAnnaAlone(String name, String words) {
        return campaigns.create(new CampaignDraft(name, Offer.amount("5"), BigDecimal.ZERO, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""), Audience.of(List.of(anna.id()), words),
                Progress.NONE);
    }

    private CampaignStats row(Campaign c) {
        return row(vm, c);
    }

    private static CampaignStats row(CampaignsViewModel list, Campaign c) {
        return list.rows().stream().filter(r -> r.campaign().id() == c.id()).findFirst().orElseThrow();
    }

    @Test
    void aSharedCodeWithoutLimitSaysUnlimitedNotAtMostInfinityTimes() {
        Campaign flyer = campaigns.create(new CampaignDraft("Flyer", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.SHARED, null, ""),
                Audience.of(List.of(), ""), Progress.NONE);
        Campaign hundred = campaigns.create(new CampaignDraft("Flyer 100", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.SHARED, 100, ""),
                Audience.of(List.of(), ""), Progress.NONE);

        assertEquals("Gemeinsamer Code, unbegrenzt", vm.target(flyer));
        assertEquals("Gemeinsamer Code, höchstens 100×", vm.target(hundred));
        assertEquals(campaign.targetDescription(), vm.target(campaign));
    }

    @Test
    void theTableWritesAYearOnceWhereBothDatesShareIt() {
        Formats english = new Formats(Locale.UK);
        CampaignsViewModel en = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()),
                new CouponDocuments(), new CurrentThreadTaskRunner(), dialogs, printer, new Messages(Locale.UK),
                english);
        Campaign newYear = campaigns.create(new CampaignDraft("Neujahr", Offer.amount("5"), BigDecimal.ZERO,
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 6), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);

        assertEquals("01.11. – 30.11.2026", vm.validity(campaign));
        assertEquals("1 Nov – 30 Nov 2026", en.validity(campaign));
        assertEquals("28.12.2026 – 06.01.2027", vm.validity(newYear));
        assertEquals("28 Dec 2026 – 6 Jan 2027", en.validity(newYear));
    }

    @Test
    void aLoadedListWithoutCampaignsSaysSoForTheCouponsBelow() {
        assertFalse(vm.noCampaignsYetProperty().get(), "not before the list is loaded");
        vm.refresh();
        assertFalse(vm.noCampaignsYetProperty().get(), "there is one");

        Database empty = TestDatabases.h2();
        try {
            CustomerService none = new CustomerService(empty.jdbi(), CampaignFormViewModelTest.CLOCK,
                    new CustomerIndex(), List.of());
            CampaignsViewModel first = new CampaignsViewModel(new CampaignService(empty.jdbi(),
                    CampaignFormViewModelTest.CLOCK, new Workplace("a", "K"), none), new SettingsService(empty.jdbi()),
                    new CouponDocuments(), new CurrentThreadTaskRunner(), dialogs, printer, messages,
                    new Formats(messages.locale()));
            first.refresh();
            assertTrue(first.noCampaignsYetProperty().get());
        } finally {
            empty.close();
        }
    }

    @Test
    void theEmptyTableSaysLoadingUntilTheListArrives() {
        assertEquals("Aktionen werden geladen …", vm.emptyTextProperty().get());

        vm.refresh();

        assertTrue(vm.emptyTextProperty().get().startsWith("Noch keine Aktionen."));
    }

    @Test
    void printedCouponsCarryTextsInTheUsersLanguage() {
        List<PrintableCoupon> printed = vm.printable(campaign, "Bäckerei Korn", campaigns.coupons(campaign.id()));

        PrintableCoupon coupon = printed.stream().filter(k -> !k.customerName().startsWith("Kunde")).findFirst()
                .orElseThrow();
        assertEquals("Bäckerei Korn", coupon.shopName());
        assertEquals("5,00 € Rabatt", coupon.offer().replace('\u00a0', ' '));
        assertEquals("", coupon.condition(), "no minimum purchase");
        assertEquals("Gültig vom 01.11.2026 bis 30.11.2026", coupon.validity());
        assertEquals("Anna Müller", coupon.customerName());
        assertEquals(CouponCodes.format(campaigns.coupons(campaign.id()).stream()
                .filter(k -> k.customerId() == anna.id()).findFirst().orElseThrow().code()), coupon.code());
    }

    @Test
    void printedCouponsSayTheMinimumPurchaseAndWhatTheDatesAreInTheUsersLanguage() {
        Campaign minimum = campaigns.create(new CampaignDraft("Ab 20", Offer.percent("10"), new BigDecimal("20"),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.SHARED, 50, ""),
                Audience.of(List.of(), ""), Progress.NONE);
        CampaignsViewModel en = new CampaignsViewModel(campaigns, new SettingsService(db.jdbi()),
                new CouponDocuments(), new CurrentThreadTaskRunner(), dialogs, printer, new Messages(Locale.UK),
                new Formats(Locale.UK));

        PrintableCoupon german = vm.printable(minimum, "Korn", campaigns.coupons(minimum.id())).get(0);
        PrintableCoupon english = en.printable(minimum, "Korn", campaigns.coupons(minimum.id())).get(0);

        assertEquals("Ab einem Einkauf von 20,00 €", german.condition().replace('\u00a0', ' '));
        assertEquals("Gültig vom 01.11.2026 bis 30.11.2026", german.validity());
        assertEquals("", german.customerName(), "a shared code is for everyone");
        assertEquals("With a purchase of €20.00 or more", english.condition().replace('\u00a0', ' '));
        assertEquals("Valid from 1 Nov 2026 to 30 Nov 2026", english.validity());
    }

    @Test
    void theNewestCampaignIsChosenWhenNoneWasSoItsCouponsShow() {
        vm.refresh();

        assertEquals(campaign.id(), vm.selectedProperty().get().campaign().id());
    }

    @Test
    void aCampaignJustCreatedIsTheOneChosenSoPrintAllPrintsIt() {
        vm.refresh();
        assertEquals(campaign.id(), vm.selectedProperty().get().campaign().id());
        Campaign birthday = campaigns.create(new CampaignDraft("Geburtstag", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);

        vm.refresh();

        assertEquals(birthday.id(), vm.selectedProperty().get().campaign().id());
        assertEquals("gutscheine-Geburtstag.pdf", vm.suggestedFileName());
    }

    @Test
    void aCampaignMadeElsewhereSinceTheLastLookIsChosenWhenTheScreenIsShownAgain() {
        vm.refresh();
        Campaign picked = campaigns.create(new CampaignDraft("Stammtisch", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "1 ausgewählter Kunde"), Progress.NONE);

        vm.refresh();

        assertEquals(picked.id(), vm.selectedProperty().get().campaign().id());
        vm.selectedProperty().set(vm.rows().get(vm.rows().size() - 1));
        vm.refresh();
        assertEquals(campaign.id(), vm.selectedProperty().get().campaign().id(), "nothing new: the choice stays");
    }

    @Test
    void aPdfThatCannotBeWrittenSaysWhyAndWhatToDoNotATemporaryFilesName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Gutscheine"), "a file, not a folder");
        Path file = dir.resolve("Gutscheine").resolve("herbst.pdf");
        vm.refresh();

        vm.savePdf(file);

        // It said "… kann nicht geschrieben werden: /tmp/…/Gutscheine", or the path of a ".part" file.
        assertEquals(messages.get("coupons.pdf.failed", file.toString(), messages.get("write.reason.noFolder")),
                vm.messageProperty().get());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void theMessageAboutSavedCouponsStaysWhileTheirCampaignIsShownAndGoesWithAnotherOrANewOne(@TempDir Path dir) {
        vm.refresh();
        vm.savePdf(dir.resolve("herbst.pdf"));
        String saved = vm.messageProperty().get();
        assertTrue(saved.contains("herbst.pdf"), saved);

        vm.refresh(); // shown again: the same campaign, its statistics read anew
        assertEquals(saved, vm.messageProperty().get());

        campaigns.create(new CampaignDraft("Geburtstag", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        vm.refresh(); // the campaign just created is chosen
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void fileNameFollowsTheSelectedCampaign() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));

        assertEquals("gutscheine-Herbst.pdf", vm.suggestedFileName());
    }

    @Test
    void printingACampaignSendsItsCouponsEightToAnA4Sheet() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));

        vm.print();

        assertEquals(2, printer.pages().size(), "nine coupons: a full sheet and one with a single coupon");
        assertEquals(210, printer.pages().get(0).widthMm(), 0.01);
        assertEquals(297, printer.pages().get(0).heightMm(), 0.01);
        assertTrue(printer.ended());
        assertEquals("9 Gutscheine auf 2 Blättern an den Drucker geschickt.", vm.messageProperty().get());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void printingWithoutAPrinterSaysWhatToDoInstead() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));
        printer.refuse(ImagePrinter.Outcome.NO_PRINTER);

        vm.print();

        assertEquals(0, printer.pages().size());
        assertEquals(messages.get("coupons.print.noPrinter"), dialogs.last(ScriptedDialogs.Kind.INFO).orElseThrow()
                .message());
    }

    @Test
    void closingThePrintDialogPrintsNothingAndSaysNothing() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));
        printer.refuse(ImagePrinter.Outcome.CANCELLED);

        vm.print();

        assertEquals(0, printer.pages().size());
        assertEquals(List.of(), dialogs.shown());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void aFailingPrinterDropsTheJobAndSaysSo() {
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));
        printer.fail();

        vm.print();

        assertTrue(printer.cancelled());
        assertEquals(messages.get("coupons.print.failed"), dialogs.errors().get(0).message());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void aCampaignOfMoreThanTenSheetsIsPrintedOnlyAfterAskingWithTheNumberOfSheets() {
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < 81; i++) {
            many.add(customers.create(CustomerDetails.builder().lastName("Viele " + i).build()).id());
        }
        campaigns.create(new CampaignDraft("Alle", Offer.amount("5"), BigDecimal.ZERO, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""), Audience.of(many, "viele"), Progress.NONE);
        vm.refresh();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.issued() == 81).findFirst().orElseThrow());
        dialogs.answerConfirm(false);

        vm.print();

        assertEquals("Die Aktion hat 81 Gutscheine, das sind 11 Blatt A4. Jetzt alle drucken?",
                dialogs.last(ScriptedDialogs.Kind.CONFIRM).orElseThrow().message());
        assertEquals(0, printer.dialogs(), "no: the print dialog does not even open");

        dialogs.answerConfirm(true);
        vm.print();

        assertEquals(11, printer.pages().size());
    }
}
