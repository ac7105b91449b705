package de.stammkunde.ui.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.MovableClock;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.domain.purchases.YearSum;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.ui.loyalty.PointsLedgerViewModel;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.PurchaseImportPlan;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.HeldTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year chips above the purchases; what a refund says; when a refund can be given. */
class PurchaseHistoryViewModelTest {

    private static PurchaseHistoryViewModel viewModel(Locale locale) {
        return new PurchaseHistoryViewModel(null, null, new CurrentThreadTaskRunner(), new Messages(locale),
                new Formats(locale), () -> { });
    }

    /** The chip's text with the money's no-break space as a plain one. */
    private static String chip(PurchaseHistoryViewModel viewModel, YearSum sum) {
        return viewModel.yearText(sum).replace('\u00a0', ' ');
    }

    private static YearSum year(int purchases, String paid) {
        return new YearSum(2026, purchases, new BigDecimal(paid), new BigDecimal(paid));
    }

    @Test
    void oneChipReadsOnePurchaseInTheSingular() {
        // "2026: 1 Einkäufe · 12,50 €"
        PurchaseHistoryViewModel german = viewModel(Locale.GERMANY);
        assertEquals("2026: 1 Einkauf · 12,50 €", chip(german, year(1, "12.50")));
        assertEquals("2026: 0 Einkäufe · 0,00 €", chip(german, year(0, "0.00")));
        assertEquals("2026: 1.234 Einkäufe · 9.999,00 €", chip(german, year(1234, "9999.00")));
        PurchaseHistoryViewModel english = viewModel(Locale.UK);
        assertEquals("2026: 1 purchase · €12.50", chip(english, year(1, "12.50")));
        assertEquals("2026: 2 purchases · €25.00", chip(english, year(2, "25.00")));
    }

    @Test
    void withoutPurchasesTheListSaysHowToRecordOneAndNoLineItemsAreMentioned() {
        // Before, "Keine Positionen erfasst." stood under the empty list, as if a purchase were chosen.
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, Clock.systemUTC())) {
            long none = app.customers().create(Customers.anna()).id();
            long some = app.customers().create(Customers.anna()).id();
            app.sales().record(new SaleDraft(some, new BigDecimal("12.50"), List.of(), "", PaymentMethod.CASH, null,
                    "", 0));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            assertEquals("", history.emptyTextProperty().get(), "nothing said before the purchases are loaded");
            assertEquals("", history.itemsEmptyTextProperty().get());

            history.load(none);

            assertEquals("Noch keine Einkäufe. Einen erfassen: dieses Fenster schließen (Esc), an der Theke den "
                    + "Betrag eingeben und Enter drücken.", history.emptyTextProperty().get());
            assertTrue(history.noPurchasesProperty().get());
            assertEquals("", history.itemsEmptyTextProperty().get());

            history.load(some);

            assertFalse(history.noPurchasesProperty().get());
            assertEquals("Keine Positionen erfasst.", history.itemsEmptyTextProperty().get());
        }
    }

    @Test
    void aSaleEnteredAfterwardsWhosePointsLapsedAtOnceSaysSoInThePointsColumn() {
        // The history showed "+50" as if the points were earned and held, while they lapsed when booked.
        Messages messages = new Messages(Locale.GERMANY);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, clock)) {
            app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 24, List.of()));
            long id = app.customers().create(Customers.anna()).id();
            app.sales().record(new SaleDraft(id, new BigDecimal("50.00"), List.of(), "ALT", PaymentMethod.CASH,
                    java.time.LocalDateTime.of(2024, 11, 1, 10, 0), "", 0));
            app.sales().record(new SaleDraft(id, new BigDecimal("20.00"), List.of(), "NEU", PaymentMethod.CASH, null,
                    "", 0));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });

            history.load(id);

            assertEquals(List.of("NEU +20", "ALT +50 (verfallen)"), history.rows().stream()
                    .map(p -> p.receiptNumber() + " " + history.pointsText(p)).toList());
            Messages english = new Messages(Locale.UK);
            PurchaseHistoryViewModel inEnglish = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), english, new Formats(Locale.UK), () -> { });
            inEnglish.load(id);
            assertEquals("+50 (expired)", inEnglish.pointsText(inEnglish.rows().get(1)));
        }
    }

    @Test
    void aSaleWhosePointsLapsedInPartSaysHowMany() {
        MovableClock clock = new MovableClock(Instant.parse("2025-01-10T10:00:00Z"), ZoneOffset.UTC);
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, clock)) {
            app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 24, List.of()));
            long id = app.customers().create(Customers.anna()).id();
            app.sales().record(new SaleDraft(id, new BigDecimal("150.00"), List.of(), "A", PaymentMethod.CASH, null,
                    "", 0));
            clock.set(Instant.parse("2025-02-01T10:00:00Z"));
            app.sales().record(new SaleDraft(id, new BigDecimal("30.00"), List.of(), "B", PaymentMethod.CASH, null,
                    "", 100));
            clock.set(Instant.parse("2027-01-20T10:00:00Z"));
            app.loyalty().balance(id); // books what lapsed, as the counter's panel does
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });

            history.load(id);

            // 100 of sale A's 150 paid for part of B; the other 50 lapsed.
            assertEquals("+150 (50 verfallen)", history.pointsText(history.rows().get(1)));
            assertFalse(history.pointsText(history.rows().get(0)).contains("verfallen"));
        }
    }

    @Test
    void aRefundSaysWhenPointsItGaveBackHadExpiredMeanwhile() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, clock)) {
            app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 1, List.of()));
            long id = app.customers().create(Customers.anna()).id();
            app.loyalty().correct(id, 100, "Startguthaben"); // expires 2026-02-10
            app.sales().record(new SaleDraft(id, new BigDecimal("30.00"), List.of(), "B-7", PaymentMethod.CASH, null,
                    "", 100));
            clock.set(Instant.parse("2026-03-01T10:00:00Z"));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            history.load(id);
            history.reasonProperty().set("Ware defekt");

            history.refundSelected();

            assertEquals("Erstattet: 30,00 €, davon 25,00 € auszuzahlen (Bar). Punkte +0, neuer Stand 0 Punkte. "
                    + "100 zurückgebuchte Punkte waren "
                    + "inzwischen verfallen.", history.messageProperty().get().replace('\u00a0', ' '));
        }
    }

    @Test
    void aRefundSaysThatTheCouponHandedInCanBeUsedAgain() {
        // The refund said what was paid out and the points, not that the customer's coupon was valid again.
        Messages messages = new Messages(Locale.GERMANY);
        MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, clock)) {
            long id = app.customers().create(Customers.anna()).id();
            var campaigns = app.campaigns();
            var campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount("5.00"), BigDecimal.ZERO,
                    campaigns.today(), campaigns.today().plusDays(3), CodeMode.PERSONAL, null, ""),
                    Audience.of(List.of(id), "Anna"), Progress.NONE);
            String code = campaigns.coupons(campaign.id()).get(0).code();
            app.sales().record(new SaleDraft(id, new BigDecimal("20.00"), List.of(), "B-1", PaymentMethod.CASH, null,
                    code, 0));
            app.sales().record(new SaleDraft(id, new BigDecimal("10.00"), List.of(), "B-2", PaymentMethod.CASH, null,
                    "", 0));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            history.load(id);
            history.selectedProperty().set(history.rows().stream().filter(p -> p.receiptNumber().equals("B-1"))
                    .findFirst().orElseThrow());
            history.reasonProperty().set("Ware defekt");

            history.refundSelected();

            assertTrue(history.messageProperty().get().endsWith(" Gutschein " + CouponCodes.format(code)
                    + " ist wieder einlösbar."), history.messageProperty().get());
        }
    }

    @Test
    void aReasonLongerThanItsColumnIsRefusedBeforeTheQuestionAndTheSaleStaysUnrefunded() {
        // A text pasted into the reason by mistake: after "Erstatten" the window said "Die Datenbank antwortet
        // nicht wie erwartet".
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, Clock.systemUTC())) {
            long id = app.customers().create(Customers.anna()).id();
            app.sales().record(new SaleDraft(id, new BigDecimal("12.50"), List.of(), "B-1", PaymentMethod.CASH, null,
                    "", 0));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            history.load(id);
            String pasted = "Ware zurückgegeben ".repeat(30);
            history.reasonProperty().set(pasted);

            assertFalse(history.readyToRefund(), "no question asked about a refund that cannot be booked");
            assertEquals("Der Grund ist zu lang: höchstens 400 Zeichen, hier 569. Bitte kürzen.",
                    history.messageProperty().get().replace('\u00a0', ' '));
            history.refundSelected();
            assertEquals(pasted, history.reasonProperty().get(), "the reason stays to be shortened");
            assertFalse(app.purchases().history(id).get(0).isRefunded());

            history.reasonProperty().set(" " + "x".repeat(400) + " ");
            history.refundSelected();
            assertTrue(app.purchases().history(id).stream().anyMatch(Purchase::isRefunded), "400 characters fit");
        }
    }

    @Test
    void aRefundOfASalePaidInPartWithPointsSaysHowMuchMoneyGoesBack() {
        // "Erstattet: 25,00 €" alone, for a sale of which 9,35 € were paid with points: 25 € handed back.
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, Clock.systemUTC())) {
            app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0, List.of()));
            long id = app.customers().create(Customers.anna()).id();
            app.loyalty().correct(id, 200, "Startguthaben");
            app.sales().record(new SaleDraft(id, new BigDecimal("25.00"), List.of(), "B-8", PaymentMethod.GIROCARD,
                    null, "", 187));
            app.sales().record(new SaleDraft(id, new BigDecimal("12.50"), List.of(), "B-9", PaymentMethod.CASH,
                    null, "", 0));
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            history.load(id);
            Purchase paidInPart = receipt(history, "B-8");
            Purchase paidInFull = receipt(history, "B-9");

            assertTrue(history.confirmText(paidInPart).replace('\u00a0', ' ').endsWith(
                    " Auszuzahlen sind 15,65 € (Girocard): so viel wurde bezahlt, der Rest mit Gutschein oder "
                            + "Punkten."), history.confirmText(paidInPart));
            assertFalse(history.confirmText(paidInFull).contains("Auszuzahlen"), "paid in full: the sum says it");
            PurchaseHistoryViewModel english = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), new Messages(Locale.UK), new Formats(Locale.UK), () -> { });
            english.load(id);
            assertTrue(english.confirmText(receipt(english, "B-8")).endsWith(" To pay back: €15.65 (Debit card), what "
                    + "was paid; the rest was paid with a coupon or points."), english.confirmText(receipt(english, "B-8")));

            history.selectedProperty().set(paidInPart);
            history.reasonProperty().set("Umtausch");
            history.refundSelected();

            assertEquals("Erstattet: 25,00 €, davon 15,65 € auszuzahlen (Girocard). Punkte +172, neuer Stand "
                    + "212 Punkte.", history.messageProperty().get().replace('\u00a0', ' '));

            history.selectedProperty().set(receipt(history, "B-9"));
            history.reasonProperty().set("Umtausch");
            history.refundSelected();

            assertEquals("Erstattet: 12,50 €. Punkte −12, neuer Stand 200 Punkte.",
                    history.messageProperty().get().replace('\u00a0', ' '));
        }
    }

    @Test
    void aPurchaseImportedWithADateAloneShowsNoTimeOfMidnight(@TempDir Path dir) throws Exception {
        // "02.05.2024, 00:00" in the list and in the refund's question: read as a sale at midnight.
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, Clock.systemUTC())) {
            String number = app.customers().create(Customers.anna()).number();
            Path file = Files.writeString(dir.resolve("kasse.csv"), "Kundennummer;Datum;Bonnummer;Betrag\r\n"
                    + number + ";2024-05-02;B-1;12,50\r\n" + number + ";03.05.2024 14:05;B-2;8,00\r\n");
            PurchaseImportPlan plan = app.purchaseImporter().plan(file, CsvFormat.detect(file),
                    new ImportOptions(ImportOptions.DuplicatePolicy.SKIP, false, true), Progress.NONE);
            assertEquals(List.of(), plan.problems());
            app.purchaseImporter().execute(plan, Progress.NONE);
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY), () -> { });
            history.load(app.customers().findByNumber(number).orElseThrow().id());

            assertEquals("02.05.2024", history.whenText(receipt(history, "B-1")));
            assertEquals("03.05.2024, 14:05", history.whenText(receipt(history, "B-2")));
            assertTrue(history.confirmText(receipt(history, "B-1")).replace('\u00a0', ' ')
                    .startsWith("Den Einkauf über 12,50 € vom 02.05.2024 erstatten?"),
                    history.confirmText(receipt(history, "B-1")));
            PurchaseHistoryViewModel english = new PurchaseHistoryViewModel(app.purchases(), app.sales(),
                    new CurrentThreadTaskRunner(), new Messages(Locale.UK), new Formats(Locale.UK), () -> { });
            english.load(app.customers().findByNumber(number).orElseThrow().id());
            assertEquals("2 May 2024", english.whenText(receipt(english, "B-1")));
            // the points it earned were booked at the purchase's time: the ledger read "02.05.2024, 00:00" too
            PointsLedgerViewModel ledger = new PointsLedgerViewModel(PointsLedgerViewModel.of(app.loyalty()),
                    new CurrentThreadTaskRunner(), messages, new Formats(Locale.GERMANY));
            ledger.show(app.customers().findByNumber(number).orElseThrow().id());
            assertEquals(List.of("03.05.2024, 14:05", "02.05.2024"), ledger.rows().stream().map(ledger::whenText).toList());
        }
    }

    private static Purchase receipt(PurchaseHistoryViewModel history, String number) {
        return history.rows().stream().filter(p -> number.equals(p.receiptNumber())).findFirst().orElseThrow();
    }

    @Test
    void whileARefundIsBookedItCannotBeGivenAgainAndAfterwardsTheRefundedSaleCannotEither() {
        // Before, the reason field and the button stayed usable while the refund was booked.
        Messages messages = new Messages(Locale.GERMANY);
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, messages, Clock.systemUTC())) {
            long id = app.customers().create(Customers.anna()).id();
            app.sales().record(new SaleDraft(id, new BigDecimal("12.50"), List.of(), "", PaymentMethod.CASH, null,
                    "", 0));
            HeldTaskRunner runner = new HeldTaskRunner();
            PurchaseHistoryViewModel history = new PurchaseHistoryViewModel(app.purchases(), app.sales(), runner,
                    messages, new Formats(Locale.GERMANY), () -> { });
            assertFalse(history.canRefundProperty().get(), "nothing loaded, nothing chosen");
            history.load(id);
            runner.runAll();
            assertTrue(history.canRefundProperty().get(), "the sale is chosen");
            history.reasonProperty().set("Ware defekt");

            history.refundSelected();

            assertFalse(history.canRefundProperty().get(), "the refund is being booked");
            runner.runAll();
            assertTrue(history.selectedProperty().get().isRefunded());
            assertFalse(history.canRefundProperty().get(), "the chosen sale is refunded now");
            history.selectedProperty().set(history.rows().stream().filter(p -> p.isRefund()).findFirst()
                    .orElseThrow());
            assertFalse(history.canRefundProperty().get(), "a refund is not refunded");
        }
    }
}
