package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.HeldTaskRunner;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.RecordingPrinter;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignCouponsViewModelTest {

    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.GERMANY);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingPrinter printer = new RecordingPrinter();
    private Database db;
    private CampaignService campaigns;
    private SettingsService settings;
    private CampaignCouponsViewModel vm;
    private Customer anna;
    private Customer bert;
    private Customer firma;
    private Campaign campaign;

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        CustomerService customers = new CustomerService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new CustomerIndex(),
                List.of());
        campaigns = new CampaignService(db.jdbi(), CampaignFormViewModelTest.CLOCK, new Workplace("a", "K"), customers);
        settings = new SettingsService(db.jdbi());
        settings.setShopName("Bäckerei Korn");
        vm = viewModel(new CurrentThreadTaskRunner());
        anna = customers.create(CustomerDetails.builder().firstName("Anna").lastName("Müller").build());
        bert = customers.create(CustomerDetails.builder().firstName("Bert").lastName("Berg").build());
        firma = customers.create(CustomerDetails.builder().company("Blumen Haus GmbH").build());
        campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount("5"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id(), bert.id(), firma.id()), "drei"), Progress.NONE);
    }

    private CampaignCouponsViewModel viewModel(TaskRunner runner) {
        return new CampaignCouponsViewModel(campaigns, settings, new CouponDocuments(), runner, Debouncer.IMMEDIATE,
                dialogs, printer, messages, new Formats(messages.locale()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CampaignCoupon annas() {
        return vm.rows().stream().filter(k -> anna.number().equals(k.customerNumber())).findFirst().orElseThrow();
    }

    @Test
    void withoutACampaignChosenTheTableSaysWhatToDo() {
        vm.show(null);

        assertEquals(List.of(), vm.rows());
        assertEquals("Oben eine Aktion wählen, um ihre Gutscheine zu sehen.", vm.emptyTextProperty().get());
        assertFalse(vm.canUseCouponProperty().get());
        assertFalse(vm.campaignChosenProperty().get(), "the search has nothing to look through");
        vm.show(campaign);
        assertTrue(vm.campaignChosenProperty().get());
    }

    @Test
    void withoutAnyCampaignTheTableSaysWhereCouponsWillShowNotToChooseOne() {
        // A first day: "Choose a campaign above" pointed at an empty list of campaigns.
        vm.show(null);
        vm.noCampaignsYetProperty().set(true);

        assertEquals("Hier stehen die Gutscheine einer Aktion, sobald Sie eine angelegt haben.",
                vm.emptyTextProperty().get());
        vm.noCampaignsYetProperty().set(false);
        assertEquals("Oben eine Aktion wählen, um ihre Gutscheine zu sehen.", vm.emptyTextProperty().get());
    }

    @Test
    void aChosenCampaignListsEveryCouponWithItsHolderAndStatus() {
        vm.show(campaign);

        assertEquals(3, vm.rows().size());
        assertEquals("Gutscheine der Aktion „Herbst“ (3)", vm.titleProperty().get());
        assertEquals(List.of("Bert Berg", "Blumen Haus GmbH", "Anna Müller"), vm.rows().stream().map(vm::holder)
                .toList());
        assertEquals("noch nicht eingelöst", vm.status(annas()));
        assertTrue(vm.code(annas()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}"), vm.code(annas()));
    }

    @Test
    void searchFindsByNameCustomerNumberOrTypedCode() {
        vm.show(campaign);
        String code = vm.code(annas());

        vm.filterProperty().set("müll");
        assertEquals(List.of(anna.number()), vm.rows().stream().map(CampaignCoupon::customerNumber).toList());

        vm.filterProperty().set(anna.number());
        assertEquals(1, vm.rows().size());

        vm.filterProperty().set(code.toLowerCase(Locale.ROOT).replace("-", " "));
        assertEquals(List.of(anna.number()), vm.rows().stream().map(CampaignCoupon::customerNumber).toList());

        vm.filterProperty().set("zzzz");
        assertEquals(0, vm.rows().size());
        vm.filterProperty().set("");
        assertEquals(3, vm.rows().size());
    }

    private static List<String> numbers(CampaignCouponsViewModel shown) {
        return shown.rows().stream().map(CampaignCoupon::customerNumber).toList();
    }

    @Test
    void couponsAreSortedInTheBackgroundByNameNumberCodeOrStatusAndTheFilterKeepsTheOrder() {
        HeldTaskRunner held = new HeldTaskRunner();
        CampaignCouponsViewModel background = viewModel(held);
        background.show(campaign);
        held.runAll();
        List<CampaignCoupon> loaded = List.copyOf(background.rows());

        background.sortBy(CampaignCouponsViewModel.CouponOrder.HOLDER, true);
        assertEquals(loaded, background.rows(), "nothing sorted on the window's thread");
        held.runAll();
        assertEquals(List.of("Anna Müller", "Bert Berg", "Blumen Haus GmbH"), background.rows().stream()
                .map(background::holder).toList());

        background.sortBy(CampaignCouponsViewModel.CouponOrder.HOLDER, false);
        background.filterProperty().set("b");
        held.runAll();
        assertEquals(List.of("Blumen Haus GmbH", "Bert Berg"), background.rows().stream().map(background::holder)
                .toList());

        background.filterProperty().set("");
        background.sortBy(CampaignCouponsViewModel.CouponOrder.CODE, true);
        held.runAll();
        assertEquals(loaded.stream().map(CampaignCoupon::code).sorted().toList(), background.rows().stream()
                .map(CampaignCoupon::code).toList());

        background.sortBy(CampaignCouponsViewModel.CouponOrder.NUMBER, false);
        held.runAll();
        assertEquals(List.of(firma.number(), bert.number(), anna.number()), numbers(background));

        background.sortBy(null, true);
        held.runAll();
        assertEquals(loaded, background.rows(), "no column chosen: as loaded");
    }

    @Test
    void byStatusTheCouponsNotUsedComeFirstThoseFreedAgainByARefundAmongThemThenTheUsedOnes() {
        // Before, a coupon freed again ("wieder frei · Einlösung vom … erstattet") came after every one never used.
        try (Database appDb = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), appDb, messages, CampaignFormViewModelTest.CLOCK)) {
            List<Customer> five = new ArrayList<>();
            for (String name : List.of("Anna", "Bert", "Cora", "Dirk", "Emil")) {
                five.add(app.customers().create(CustomerDetails.builder().firstName(name).lastName("Korn").build()));
            }
            Campaign autumn = app.campaigns().create(new CampaignDraft("Herbst", Offer.amount("5"), BigDecimal.ZERO,
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                    Audience.of(five.stream().map(Customer::id).toList(), "fünf"), Progress.NONE);
            Map<Long, String> codes = new HashMap<>();
            app.campaigns().coupons(autumn.id()).forEach(k -> codes.put(k.customerId(), k.code()));
            // Anna and Emil never used theirs; Bert used his; Cora's and Dirk's were refunded, Dirk used it again.
            redeem(app, five.get(1), codes);
            app.sales().refund(redeem(app, five.get(2), codes), "zurück");
            app.sales().refund(redeem(app, five.get(3), codes), "zurück");
            redeem(app, five.get(3), codes);
            CampaignCouponsViewModel byStatus = new CampaignCouponsViewModel(app.campaigns(), app.settings(),
                    new CouponDocuments(), new CurrentThreadTaskRunner(), Debouncer.IMMEDIATE, dialogs, printer,
                    messages, new Formats(messages.locale()));
            byStatus.show(autumn);

            byStatus.sortBy(CampaignCouponsViewModel.CouponOrder.STATUS, true);

            assertEquals(List.of("Anna", "Cora", "Emil", "Bert", "Dirk"), byStatus.rows().stream()
                    .map(CampaignCoupon::firstName).toList());
            byStatus.sortBy(CampaignCouponsViewModel.CouponOrder.STATUS, false);
            // the used ones first; within a status (here the clock stands still) by name either way
            assertEquals(List.of("Bert", "Dirk", "Anna", "Cora", "Emil"), byStatus.rows().stream()
                    .map(CampaignCoupon::firstName).toList());
        }
    }

    private static long redeem(AppContext app, Customer customer, Map<Long, String> codes) {
        return app.sales().record(new SaleDraft(customer.id(), new BigDecimal("30.00"), List.of(), "",
                PaymentMethod.CASH, null, codes.get(customer.id()), 0)).purchase().id();
    }

    @Test
    void searchLooksThroughTheCouponsInTheBackgroundAndShowsTheLatestTextOnly() {
        HeldTaskRunner held = new HeldTaskRunner();
        CampaignCouponsViewModel background = viewModel(held);
        background.show(campaign);
        background.filterProperty().set("berg"); // typed while the coupons load
        held.runAll();
        assertEquals(List.of(bert.number()), numbers(background));

        // 100,000 coupons take a while to look through: the typing thread only hands the text over.
        background.filterProperty().set("müll");
        background.filterProperty().set("blumen");
        assertEquals(List.of(bert.number()), numbers(background));
        held.runAll();
        assertEquals(List.of(firma.number()), numbers(background));

        // A company has no first or last name; they are not the word "null".
        background.filterProperty().set("null");
        held.runAll();
        assertEquals(List.of(), numbers(background));
    }

    @Test
    void statusSaysWhenAPersonalCouponWasUsedAndHowOftenASharedOne() {
        CouponTexts texts = new CouponTexts(messages, new Formats(messages.locale()));
        LocalDateTime used = LocalDateTime.of(2026, 11, 20, 9, 30);

        assertEquals("eingelöst am 20.11.2026",
                texts.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 1, 1, used, 0, null, 0)));
        assertEquals("3 von 50 Einlösungen genutzt",
                texts.status(new CampaignCoupon("K", null, null, null, null, null, 3, 50, used, 0, null, 0)));
        assertEquals("einmal eingelöst",
                texts.status(new CampaignCoupon("K", null, null, null, null, null, 1, null, used, 0, null, 0)));
        assertEquals("Alle (gemeinsamer Code)",
                texts.holder(new CampaignCoupon("K", null, null, null, null, null, 0, null, null, 0, null, 0)));
        assertEquals("Kundendaten gelöscht", texts.holder(new CampaignCoupon("K", 1L, "1", "", "", "", 0, 1, null, 0,
                null, 0)), "a customer whose data were erased, not an empty cell");
    }

    @Test
    void statusSaysThatAUseWasRefundedNotOnlyThatTheCouponIsFreeAgain() {
        // Before, a coupon used and given back by a refund read "noch nicht eingelöst" like one never used.
        CouponTexts texts = new CouponTexts(messages, new Formats(messages.locale()));
        LocalDateTime used = LocalDateTime.of(2026, 11, 20, 9, 30);
        LocalDateTime again = LocalDateTime.of(2026, 11, 23, 17, 0);

        assertEquals("wieder frei · Einlösung vom 20.11.2026 erstattet",
                texts.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 0, 1, null, 1, used, 0)));
        assertEquals("eingelöst am 23.11.2026 · eine Einlösung erstattet",
                texts.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 1, 1, again, 1, used, 0)));
        assertEquals("3 von 50 Einlösungen genutzt · 2 Einlösungen erstattet",
                texts.status(new CampaignCoupon("K", null, null, null, null, null, 3, 50, again, 2, used, 0)));
        assertEquals("noch nie eingelöst · eine Einlösung erstattet",
                texts.status(new CampaignCoupon("K", null, null, null, null, null, 0, null, null, 1, used, 0)));
        CouponTexts english = new CouponTexts(new Messages(Locale.UK), new Formats(Locale.UK));
        assertEquals("free again · use on 20 Nov 2026 refunded",
                english.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 0, 1, null, 1, used, 0)));
        assertEquals("used 3 of 50 times · 2 uses refunded",
                english.status(new CampaignCoupon("K", null, null, null, null, null, 3, 50, again, 2, used, 0)));
    }

    @Test
    void statusSaysThatTheSaleWasRefundedAfterTheCampaignEndedSoTheCouponStaysUsed() {
        // Before, such a coupon read "eingelöst am 20.11.2026" like one whose sale was kept: nothing said why
        // the customer, who got the money back, cannot use it again.
        CouponTexts texts = new CouponTexts(messages, new Formats(messages.locale()));
        LocalDateTime used = LocalDateTime.of(2026, 11, 20, 9, 30);
        LocalDateTime first = LocalDateTime.of(2026, 11, 18, 12, 0);

        assertEquals("eingelöst am 20.11.2026 · nach Aktionsende erstattet",
                texts.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 1, 1, used, 0, null, 1)));
        assertEquals("eingelöst am 20.11.2026 · nach Aktionsende erstattet · eine Einlösung erstattet",
                texts.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 1, 1, used, 1, first, 1)));
        assertEquals("3 von 50 Einlösungen genutzt · davon eine nach Aktionsende erstattet",
                texts.status(new CampaignCoupon("K", null, null, null, null, null, 3, 50, used, 0, null, 1)));
        CouponTexts english = new CouponTexts(new Messages(Locale.UK), new Formats(Locale.UK));
        assertEquals("used on 20 Nov 2026 · refunded after the campaign ended",
                english.status(new CampaignCoupon("K", 1L, "1", "A", "B", "", 1, 1, used, 0, null, 1)));
        assertEquals("used 3 of 50 times · 2 of them refunded after the campaign ended",
                english.status(new CampaignCoupon("K", null, null, null, null, null, 3, 50, used, 0, null, 2)));
    }

    @Test
    void showingTheSameCampaignAgainKeepsTheChosenCoupon() {
        vm.show(campaign);
        vm.selectedProperty().set(annas());

        vm.show(campaign);

        assertEquals(anna.number(), vm.selectedProperty().get().customerNumber());
    }

    @Test
    void choosingAnotherCampaignClearsTheSearchTypedForTheLastOne() {
        Campaign other = campaigns.create(new CampaignDraft("Winter", Offer.amount("3"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "eine"), Progress.NONE);
        vm.show(campaign);
        vm.filterProperty().set("berg");

        vm.show(other);

        assertEquals("", vm.filterProperty().get());
        assertEquals(List.of(anna.number()), vm.rows().stream().map(CampaignCoupon::customerNumber).toList());
    }

    @Test
    void showingTheSameCampaignAgainKeepsTheSearch() {
        vm.show(campaign);
        vm.filterProperty().set("berg");

        vm.show(campaign);

        assertEquals("berg", vm.filterProperty().get());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aCouponSavedAsPngScansBackToItsCode() throws IOException {
        vm.show(campaign);
        vm.selectedProperty().set(annas());
        Path file = dir.resolve("gutschein.png");
        dialogs.answerFileToSave(file);

        vm.savePng();

        assertEquals("gutschein-" + annas().code() + ".png",
                dialogs.last(ScriptedDialogs.Kind.SAVE_FILE).orElseThrow().message());
        assertEquals(Optional.of(vm.code(annas())), CouponDocuments.readQr(ImageIO.read(file.toFile())));
        assertEquals("Gespeichert: " + file, vm.messageProperty().get());
    }

    @Test
    void aCouponSavedAsPdfIsOnePageOfCouponSize() throws IOException {
        vm.show(campaign);
        vm.selectedProperty().set(annas());
        Path file = dir.resolve("gutschein.pdf");
        dialogs.answerFileToSave(file);

        vm.savePdf();

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(CouponDocuments.WIDTH_MM, pdf.getPage(0).getMediaBox().getWidth() * 25.4f / 72f, 0.1);
        }
    }

    @Test
    void savingWhereNoFileCanBeWrittenSaysWhatToDoAndKeepsTheChoice() throws IOException {
        vm.show(campaign);
        vm.selectedProperty().set(annas());
        Path notAFolder = Files.writeString(dir.resolve("datei"), "x");
        dialogs.answerFileToSave(notAFolder.resolve("gutschein.pdf"));

        vm.savePdf();

        assertTrue(dialogs.errors().get(0).message().contains("Bitte einen anderen Ordner"),
                dialogs.errors().get(0).message());
        assertEquals("x", Files.readString(notAFolder));
        assertEquals(anna.number(), vm.selectedProperty().get().customerNumber());
        assertTrue(vm.canUseCouponProperty().get(), "ready for the next try");
    }

    @Test
    void aPrintedCouponGoesOutAtItsSizeWithTheShopName() {
        vm.show(campaign);
        vm.selectedProperty().set(annas());

        vm.print();

        assertEquals(1, printer.pages().size());
        assertEquals(CouponDocuments.WIDTH_MM, printer.pages().get(0).widthMm(), 0.01);
        assertEquals(Optional.of(vm.code(annas())), CouponDocuments.readQr(printer.pages().get(0).image()));
        assertEquals("Der Gutschein wurde an den Drucker geschickt.", vm.messageProperty().get());
    }

    @Test
    void printingWithoutAPrinterSaysWhatToDoInstead() {
        vm.show(campaign);
        vm.selectedProperty().set(annas());
        printer.refuse(ImagePrinter.Outcome.NO_PRINTER);

        vm.print();

        assertEquals(0, printer.pages().size());
        assertEquals(messages.get("coupons.printOne.noPrinter"),
                dialogs.last(ScriptedDialogs.Kind.INFO).orElseThrow().message());
    }

    @Test
    void withoutAChosenCouponNothingIsSavedOrPrinted() {
        vm.show(campaign);

        vm.savePdf();
        vm.print();

        assertEquals(List.of(), dialogs.shown());
        assertEquals(0, printer.dialogs());
        assertNull(vm.selectedProperty().get());
    }
}
