package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseSource;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.CancelAfter;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportPlan.Action;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.purchases.PurchaseService;
import de.stammkunde.service.purchases.SaleService;
import de.stammkunde.service.settings.SettingsService;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The import of a till's export against the database: matching, grouping, row errors, duplicates, cancel. */
class PurchaseImportServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final String CARD = "2900000000017";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases.Closing databases = new TestDatabases.Closing();

    /** A database with three customers (Anna, Jörg with a card, Weiß with an e-mail) and the importer. */
    final class Shop {
        final Database db;
        final PurchaseImportService importer;
        final PurchaseService purchases;
        final CustomerService customers;
        final LoyaltyService loyalty;
        final Customer anna;
        final Customer joerg;
        final Customer weiss;

        Shop(String database) {
            db = databases.open(TestDatabases.named(database));
            customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
            Workplace workplace = new Workplace("test", "Kasse 1");
            loyalty = new LoyaltyService(db.jdbi(), CLOCK, new SettingsService(db.jdbi()), workplace);
            importer = new PurchaseImportService(db.jdbi(), CLOCK, workplace, loyalty, customers);
            purchases = new PurchaseService(db.jdbi());
            anna = customers.create(Customers.anna());
            joerg = customers.create(Customers.named("Jörg", "Kühn"));
            weiss = customers.create(CustomerDetails.builder().firstName("Bärbel").lastName("Weiß")
                    .email("baerbel.weiss@example.com").build());
            card(CARD, joerg, false);
        }

        void card(String number, Customer owner, boolean blocked) {
            db.jdbi().useHandle(h -> h.createUpdate("""
                    INSERT INTO customer_card (card_number, customer_id, issued_at, blocked_at)
                    VALUES (:number, :customer, :issued, :blocked)""")
                    .bind("number", number).bind("customer", owner.id())
                    .bind("issued", LocalDateTime.of(2025, 1, 2, 9, 0))
                    .bind("blocked", blocked ? LocalDateTime.of(2025, 6, 1, 9, 0) : null).execute());
        }

        PurchaseImportPlan plan(Path file, ImportOptions options) throws Exception {
            return importer.plan(file, CsvFormat.detect(file), options, Progress.NONE);
        }

        PurchaseImportResult importFile(Path file, ImportOptions options) throws Exception {
            PurchaseImportPlan plan = plan(file, options);
            assertEquals(List.of(), plan.problems());
            return importer.execute(plan, Progress.NONE);
        }

        /** The status as the database has it and as the customer list shows it. */
        CustomerStatus status(Customer customer) {
            CustomerStatus stored = customers.find(customer.id()).orElseThrow().details().status();
            assertEquals(stored, customers.index().byId(customer.id()).orElseThrow().status(), "list shows it");
            return stored;
        }

        int count() {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM purchase").mapTo(Integer.class).one());
        }
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    /** Anna's two-line receipt, Jörg by card, Bärbel by e-mail: as a German till writes it. */
    private Path germanExport(Shop shop) throws Exception {
        String text = "Bonnummer;Datum;Kundennummer;Kartennummer;E-Mail;Artikel;Menge;Einzelpreis;Betrag;Zahlart\r\n"
                + "B-1001;01.03.2026 09:15;" + shop.anna.number() + ";;;Brötchen;6;0,45;6,50;bar\r\n"
                + "B-1001;01.03.2026 09:15;" + shop.anna.number() + ";;;\"Käsekuchen \"\"Großmutter\"\"\r\nmit Sahne\";1;3,80;6,50;bar\r\n"
                + "B-1002;02.03.2026 17:40;;" + CARD + ";;Blumenstrauß;1;24,90;24,90;EC\r\n"
                + "B-1003;03.03.26 11:05;;;Baerbel.Weiss@Example.com;;;;1.234,56;Kreditkarte\r\n";
        return file("kasse.csv", text, CsvFormat.WINDOWS_1252);
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aCustomerMergedBetweenThePreviewAndTheImportGetsNoPurchases(String database) throws Exception {
        Shop shop = new Shop(database);
        Path file = file("kasse.csv", "Bonnummer;Datum;Kundennummer;Betrag\r\n"
                + "B-7;01.03.2026 09:15;" + shop.joerg.number() + ";12,50\r\n", StandardCharsets.UTF_8);
        PurchaseImportPlan plan = shop.plan(file, ImportOptions.DEFAULT);
        shop.customers.merge(shop.anna.id(), shop.joerg.id());   // while the preview was open

        shop.importer.execute(plan, Progress.NONE);

        Purchase imported = single(shop.purchases.history(shop.anna.id()));
        assertEquals(new BigDecimal("12.50"), imported.total());
        assertEquals(shop.anna.id(), imported.customerId(), "stored for the kept customer, not the merged-away one");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aGermanTillExportIsDetectedGroupedByReceiptAndImported(String database) throws Exception {
        Shop shop = new Shop(database);
        Path file = germanExport(shop);
        assertEquals(new CsvFormat(';', CsvFormat.WINDOWS_1252), CsvFormat.detect(file));

        PurchaseImportResult result = shop.importFile(file, ImportOptions.DEFAULT);

        assertEquals(new PurchaseImportResult(3, 3, 0, 0, 0, 2), result);
        Purchase anna = single(shop.purchases.history(shop.anna.id()));
        assertEquals(LocalDateTime.of(2026, 3, 1, 9, 15), anna.purchasedAt());
        assertEquals("B-1001", anna.receiptNumber());
        assertEquals(new BigDecimal("6.50"), anna.total());
        assertEquals(PaymentMethod.CASH, anna.paymentMethod());
        assertEquals(PurchaseSource.IMPORT, anna.source());
        assertEquals(0, anna.pointsEarned(), "history earns no points");
        assertEquals(List.of("Brötchen", "Käsekuchen \"Großmutter\"\r\nmit Sahne"),
                anna.items().stream().map(PurchaseItem::description).toList());
        Purchase joerg = single(shop.purchases.history(shop.joerg.id()));
        assertEquals(PaymentMethod.GIROCARD, joerg.paymentMethod());
        assertEquals("Blumenstrauß", joerg.items().get(0).description());
        Purchase weiss = single(shop.purchases.history(shop.weiss.id()));
        assertEquals(new BigDecimal("1234.56"), weiss.total());
        assertEquals(PaymentMethod.CREDIT_CARD, weiss.paymentMethod());
        assertEquals(LocalDateTime.of(2026, 3, 3, 11, 5), weiss.purchasedAt());
    }

    private static Purchase single(List<Purchase> purchases) {
        assertEquals(1, purchases.size(), purchases::toString);
        return purchases.get(0);
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void anEnglishCommaFileWithATimeColumnIsImported(String database) throws Exception {
        Shop shop = new Shop(database);
        String text = "Customer number,Date,Time,Receipt,Amount,Payment\n"
                + shop.anna.number() + ",2026-03-05,14:30,R-1,12.50,cash\n"
                + shop.anna.number() + ",2026-03-06,08:05,R-2,\"1,234.50\",invoice\n"
                + shop.joerg.number() + ",2026-03-07,17:00,R-3,3,voucher\n";
        Path file = file("pos.csv", text, StandardCharsets.UTF_8);

        shop.importFile(file, ImportOptions.DEFAULT);

        List<Purchase> anna = shop.purchases.history(shop.anna.id());
        assertEquals(List.of(new BigDecimal("1234.50"), new BigDecimal("12.50")), anna.stream().map(Purchase::total).toList());
        assertEquals(LocalDateTime.of(2026, 3, 5, 14, 30), anna.get(1).purchasedAt());
        assertEquals(PaymentMethod.INVOICE, anna.get(0).paymentMethod());
        assertEquals(PaymentMethod.OTHER, single(shop.purchases.history(shop.joerg.id())).paymentMethod());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aMalformedFileReportsEveryBadRowAndImportsNothing(String database) throws Exception {
        Shop shop = new Shop(database);
        String n = shop.anna.number();
        String text = "Kundennummer;Datum;Bon;Betrag\n"
                + "99999;01.03.2026;1;5,00\n"
                + n + ";01.03.2026;2;12,5x\n"
                + n + ";31.02.2026;3;5,00\n"
                + n + ";01.03.2026;4\n"
                + n + ";01.03.2027;5;5,00\n"
                + n + ";01.03.2026;6;-5,00\n"
                + n + ";01.03.2026;7;0,00\n"
                + ";01.03.2026;8;5,00\n"
                + n + ";01.03.0026;9;5,00\n"
                + n + ";01.03.2026;10;5,00\n";
        Path file = file("kaputt.csv", text, StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, ImportOptions.DEFAULT);

        assertEquals(List.of(
                RowProblem.of(2, "Kundennummer", "purchaseImport.problem.unknownNumber", "99999"),
                RowProblem.of(3, "Betrag", "purchaseImport.problem.amount", "12,5x"),
                RowProblem.of(4, "Datum", "purchaseImport.problem.date", "31.02.2026"),
                RowProblem.of(5, "", "csv.problem.columnCount", 4, 3),
                RowProblem.of(6, "Datum", "purchaseImport.problem.future", "01.03.2027"),
                RowProblem.of(7, "Betrag", "purchaseImport.problem.negative", "-5,00"),
                RowProblem.of(8, "Betrag", "purchaseImport.problem.zero"),
                RowProblem.of(9, "", "purchaseImport.problem.noCustomer"),
                RowProblem.of(10, "Datum", "purchaseImport.problem.tooEarly", "01.03.0026")), plan.problems());
        assertFalse(plan.canImport());
        assertThrows(IllegalStateException.class, () -> shop.importer.execute(plan, Progress.NONE));
        assertEquals(0, shop.count());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void anEMailFindsItsOnlyCustomerInAnySpellingAndNeverGuessesBetweenTwo(String database) throws Exception {
        Shop shop = new Shop(database);
        CustomerService customers = new CustomerService(shop.db.jdbi(), CLOCK, new CustomerIndex(), List.of());
        customers.create(CustomerDetails.builder().lastName("Kühn").email("familie@example.de").build());
        customers.create(CustomerDetails.builder().lastName("Kühn").firstName("Eva").email("Familie@Example.de")
                .build());
        String text = "E-Mail;Datum;Bon;Betrag\n"
                + " BAERBEL.WEISS@example.com ;01.03.2026;1;5,00\n"
                + "familie@example.de;01.03.2026;2;6,00\n"
                + "niemand@example.de;01.03.2026;3;7,00\n"
                + "baerbel.weiss@example.com;02.03.2026;4;8,00\n";

        PurchaseImportPlan plan = shop.plan(file("mail.csv", text, StandardCharsets.UTF_8), ImportOptions.DEFAULT);

        assertEquals(List.of(
                RowProblem.of(3, "E-Mail", "purchaseImport.problem.emailAmbiguous", "familie@example.de"),
                RowProblem.of(4, "E-Mail", "purchaseImport.problem.unknownEmail", "niemand@example.de")),
                plan.problems());
        assertEquals(List.of(shop.weiss.id(), shop.weiss.id()),
                plan.purchases().stream().map(p -> p.customerId()).toList());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aBrokenQuoteStopsTheImportEvenWhenInvalidRowsMayBeLeftOut(String database) throws Exception {
        Shop shop = new Shop(database);
        Path file = file("quote.csv", "Kundennummer;Datum;Artikel;Betrag\n" + shop.anna.number()
                + ";01.03.2026;\"Brot;3,20\n" + shop.anna.number() + ";02.03.2026;Milch;1,19\n", StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, new ImportOptions(DuplicatePolicy.SKIP, true));

        assertEquals(List.of(RowProblem.of(2, "", "csv.problem.quoting", "UTF-8")), plan.problems());
        assertFalse(plan.complete());
        assertFalse(plan.canImport());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void leavingOutInvalidRowsLeavesOutTheirWholeReceipt(String database) throws Exception {
        Shop shop = new Shop(database);
        String n = shop.anna.number();
        String text = "Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis\n"
                + n + ";01.03.2026;1;Brot;1;3,20\n"
                + n + ";01.03.2026;1;Butter;zwei;1,99\n"
                + n + ";02.03.2026;2;Milch;1;1,19\n";
        Path file = file("teils.csv", text, StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, new ImportOptions(DuplicatePolicy.SKIP, true));
        PurchaseImportResult result = shop.importer.execute(plan, Progress.NONE);

        assertEquals(List.of(RowProblem.of(2, "", "purchaseImport.problem.receiptLeftOut", 3),
                RowProblem.of(3, "Menge", "purchaseImport.problem.quantity", "zwei")), plan.problems());
        assertEquals(new PurchaseImportResult(1, 1, 0, 0, 2, 0), result);
        assertEquals("2", single(shop.purchases.history(shop.anna.id())).receiptNumber());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aQuantityOrUnitPriceBeyondWhatAPurchaseMayHoldIsARowError(String database) throws Exception {
        Shop shop = new Shop(database);
        String n = shop.anna.number();
        String text = "Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis\n"
                + n + ";01.03.2026;1;Brot;100000000;0,00\n"
                + n + ";01.03.2026;2;Torte;1;200.000,00\n";

        PurchaseImportPlan plan = shop.plan(file("gross.csv", text, StandardCharsets.UTF_8), ImportOptions.DEFAULT);

        // before, the first row overflowed the database column and the whole import failed with a database error
        assertEquals(List.of(RowProblem.of(2, "Menge", "purchaseImport.problem.quantityTooLarge", "100000000"),
                RowProblem.of(3, "Einzelpreis", "purchaseImport.problem.priceTooLarge", "200.000,00")),
                plan.problems());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void lineItemsThatDoNotMakeTheTotalAreAnError(String database) throws Exception {
        Shop shop = new Shop(database);
        String n = shop.anna.number();
        Path file = file("summe.csv", "Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis;Summe\n"
                + n + ";01.03.2026;1;Brot;2;3,20;7,00\n", StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, ImportOptions.DEFAULT);

        assertEquals(List.of(RowProblem.of(2, "Summe", "purchaseImport.problem.itemsDoNotMatch",
                new BigDecimal("6.40"), new BigDecimal("7.00"))), plan.problems());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aBlockedCardStillFindsItsCustomerWithANotice(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.card("2900000000024", shop.anna, true);
        Path file = file("karte.csv", "Karte;Datum;Betrag\n2900 0000 0002 4;01.03.2026;9,99\n", StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, ImportOptions.DEFAULT);

        // as the card prints it and the counter shows it, whatever spaces the till's file put in
        assertEquals(List.of(RowProblem.of(2, "Karte", "purchaseImport.notice.blockedCard", "2 900000 000024",
                shop.anna.number())), plan.notices());
        assertEquals(shop.anna.id(), plan.purchases().get(0).customerId());
    }

    private Path receipt(Shop shop, String amount) throws Exception {
        return file("bon" + amount + ".csv", "Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis;Betrag\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-7;Torte;1;" + amount + ";" + amount + "\n",
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aReceiptStoredAlreadyIsLeftOutByDefault(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.importFile(receipt(shop, "20,00"), ImportOptions.DEFAULT);

        PurchaseImportPlan again = shop.plan(receipt(shop, "25,00"), ImportOptions.DEFAULT);

        assertEquals(1, again.count(Action.SKIP));
        assertEquals(List.of(RowProblem.of(2, "", "purchaseImport.notice.skipped", "B-7", shop.anna.number())),
                again.notices());
        assertFalse(again.canImport(), "nothing new to import");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void updateReplacesAnImportedPurchase(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.importFile(receipt(shop, "20,00"), ImportOptions.DEFAULT);

        PurchaseImportResult result = shop.importFile(receipt(shop, "25,00"), new ImportOptions(DuplicatePolicy.UPDATE, false));

        assertEquals(new PurchaseImportResult(0, 1, 1, 0, 0, 0), result);
        Purchase replaced = single(shop.purchases.history(shop.anna.id()));
        assertEquals(new BigDecimal("25.00"), replaced.total());
        assertEquals(new BigDecimal("25.00"), replaced.items().get(0).unitPrice());
    }

    /**
     * A receipt without a total whose items add up to more than a purchase may come to (a quantity typed into
     * the price): refused as a total too large is, not imported as a sale the counter would refuse, and not a
     * failed import (100,000 × 100,000 € did not fit the database's column).
     */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void itemsAddingUpToMoreThanAPurchaseMayComeToAreRefusedAsATotalTooLarge(String database) throws Exception {
        Shop shop = new Shop(database);
        Path file = file("artikel.csv", "Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-1;Torte;1;60000,00\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-1;Kerzen;1;60000,00\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-2;Brötchen;100000;100000,00\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-3;Brezel;2;0,80\n", StandardCharsets.UTF_8);

        PurchaseImportPlan plan = shop.plan(file, AWARD_POINTS);

        assertEquals(List.of(
                RowProblem.of(2, "Einzelpreis", "purchaseImport.problem.tooLarge", new BigDecimal("120000.00")),
                RowProblem.of(3, "", "purchaseImport.problem.receiptLeftOut", 2),
                RowProblem.of(4, "Einzelpreis", "purchaseImport.problem.tooLarge",
                        new BigDecimal("10000000000.00"))), plan.problems());
        assertEquals(1, plan.count(Action.CREATE));
    }

    /** Gold from 1,000 € in the year before a purchase doubles its points; points expire after 12 months. */
    private static void goldRules(Shop shop) {
        shop.loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 12,
                List.of(new Tier("Gold", new BigDecimal("1000"), new BigDecimal("2")))));
    }

    private static final ImportOptions AWARD_POINTS = new ImportOptions(DuplicatePolicy.SKIP, false, true);

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void awardedPointsAreBookedForEachPurchaseAtTheTierOfTheYearBeforeIt(String database) throws Exception {
        Shop shop = new Shop(database);
        goldRules(shop);
        Path file = file("punkte.csv", "Kundennummer;Datum;Bon;Betrag\n"
                + shop.anna.number() + ";01.02.2026 10:00;B-1;1000,00\n"
                + shop.joerg.number() + ";02.02.2026 10:00;B-2;24,90\n"
                + shop.anna.number() + ";01.03.2026 10:00;B-3;10,00\n", StandardCharsets.UTF_8);

        shop.importFile(file, AWARD_POINTS);

        assertEquals(List.of(20, 1000), shop.purchases.history(shop.anna.id()).stream()
                .map(Purchase::pointsEarned).toList(), "the second at Gold through the first, from the same file");
        assertEquals(List.of(
                new PointsEntry(0, shop.anna.id(), PointsKind.EARN, 20, 20, LocalDate.of(2027, 3, 1), 0L, "Gold",
                        "test@Kasse 1", LocalDateTime.of(2026, 3, 1, 10, 0)),
                new PointsEntry(0, shop.anna.id(), PointsKind.EARN, 1000, 1000, LocalDate.of(2027, 2, 1), 0L, "",
                        "test@Kasse 1", LocalDateTime.of(2026, 2, 1, 10, 0))), ledger(shop, shop.anna));
        assertEquals(1020, shop.loyalty.balance(shop.anna.id()).points());
        Purchase joerg = single(shop.purchases.history(shop.joerg.id()));
        assertEquals(24, joerg.pointsEarned());
        assertEquals(new BigDecimal("24.90"), joerg.paid());
        assertEquals(24, shop.loyalty.balance(shop.joerg.id()).points());
        assertEquals(0, shop.loyalty.balance(shop.weiss.id()).points(), "no purchase, no points");
    }

    /**
     * A till's export not sorted by date, longer than one of the import's batches: the import awards the same
     * points, tiers and expiry dates as booking each purchase at the counter in the order they were made.
     * Anna's 1,000 € of 1 February reach Gold for her 10 € of 1 March, although the file has them last.
     */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void awardedPointsAreThoseOfTheSamePurchasesBookedOneByOneInTheOrderMade(String database) throws Exception {
        record Row(Customer customer, String receipt, LocalDateTime at, String amount) {
        }
        Shop imported = new Shop(database);
        // the counter's side on H2 in any case: a second PostgreSQL shop would empty the one database both use
        Shop counter = new Shop("H2");
        goldRules(imported);
        goldRules(counter);
        Function<Shop, List<Row>> rows = shop -> {
            List<Row> list = new ArrayList<>();
            for (int i = 0; i < PurchaseImportService.BATCH + 10; i++) {
                // from 1 November 2025 over a year, in no order; some earned points expired already
                LocalDateTime at = LocalDateTime.of(2025, 11, 1, 9, 0).plusDays(i * 37L % 380).plusMinutes(i % 600);
                list.add(new Row(shop.joerg, "J-" + i, at, "2,50"));
                if (i == 500) {
                    list.add(new Row(shop.anna, "B-3", LocalDateTime.of(2026, 3, 1, 10, 0), "10,00"));
                }
            }
            list.add(new Row(shop.anna, "B-1", LocalDateTime.of(2026, 2, 1, 10, 0), "1000,00"));
            return list;
        };
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        StringBuilder csv = new StringBuilder("Kundennummer;Datum;Bon;Betrag\n");
        for (Row row : rows.apply(imported)) {
            csv.append(row.customer().number()).append(';').append(german.format(row.at())).append(';')
                    .append(row.receipt()).append(';').append(row.amount()).append('\n');
        }

        imported.importFile(file("ungeordnet.csv", csv.toString(), StandardCharsets.UTF_8), AWARD_POINTS);
        Workplace workplace = new Workplace("test", "Kasse 1");
        SaleService sales = new SaleService(counter.db.jdbi(), CLOCK, workplace, counter.loyalty,
                new CouponService(counter.db.jdbi(), CLOCK, workplace), counter.customers);
        rows.apply(counter).stream().sorted(Comparator.comparing(Row::at)).forEach(row -> sales.record(
                new SaleDraft(row.customer().id(), new BigDecimal(row.amount().replace(',', '.')), List.of(),
                        row.receipt(), PaymentMethod.CASH, row.at(), "", 0)));

        assertEquals(20, imported.purchases.history(imported.anna.id()).stream()
                .filter(p -> p.receiptNumber().equals("B-3")).findFirst().orElseThrow().pointsEarned(), "at Gold");
        for (Function<Shop, Customer> who : List.<Function<Shop, Customer>>of(s -> s.anna, s -> s.joerg)) {
            assertEquals(earnedByReceipt(counter, who.apply(counter)), earnedByReceipt(imported, who.apply(imported)));
            assertEquals(counter.loyalty.balance(who.apply(counter).id()),
                    imported.loyalty.balance(who.apply(imported).id()));
            assertEquals(sortedLedger(counter, who.apply(counter)), sortedLedger(imported, who.apply(imported)));
        }
    }

    private static Map<String, Integer> earnedByReceipt(Shop shop, Customer customer) {
        return shop.purchases.history(customer.id()).stream()
                .collect(Collectors.toMap(Purchase::receiptNumber, Purchase::pointsEarned));
    }

    /** The ledger as {@link #ledger}, without the customer's id, in an order that does not depend on the rows' ids. */
    private static List<String> sortedLedger(Shop shop, Customer customer) {
        return ledger(shop, customer).stream().map(e -> e.kind() + " " + e.points() + " " + e.remaining() + " "
                + e.expiresOn() + " " + e.reason() + " " + e.createdAt()).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aReplacedReceiptEarnsItsPointsWhenAskedOnTopOfThoseEarnedBefore(String database) throws Exception {
        Shop shop = new Shop(database);
        goldRules(shop);
        shop.importFile(file("vorher.csv", "Kundennummer;Datum;Bon;Betrag\n"
                + shop.anna.number() + ";01.02.2026 10:00;B-1;1000,00\n", StandardCharsets.UTF_8), AWARD_POINTS);
        shop.importFile(receipt(shop, "20,00"), ImportOptions.DEFAULT);

        shop.importFile(receipt(shop, "25,00"), new ImportOptions(DuplicatePolicy.UPDATE, false, true));

        assertEquals(List.of(50, 1000), shop.purchases.history(shop.anna.id()).stream()
                .map(Purchase::pointsEarned).toList(), "B-7 of 01.03.2026, at Gold");
        assertEquals(List.of(50, 1000), ledger(shop, shop.anna).stream().map(PointsEntry::points).toList());
        assertEquals(1050, shop.loyalty.balance(shop.anna.id()).points());
    }

    /** The customer's ledger newest first, without the rows' ids and with each purchase's id as 0. */
    private static List<PointsEntry> ledger(Shop shop, Customer customer) {
        return shop.loyalty.lines(customer.id()).stream().map(PointsLine::entry)
                .map(e -> new PointsEntry(0, e.customerId(), e.kind(), e.points(), e.remaining(), e.expiresOn(),
                        e.purchaseId() == null ? null : 0L, e.reason(), e.createdBy(), e.createdAt()))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void theSameFileImportedAgainWithUpdateAndPointsLeavesItsReceiptsAsTheyAre(String database) throws Exception {
        // A nightly "import-purchases --on-duplicate update --award-points kasse.csv": the next night refused
        // every receipt of the night before ("points were booked for receipt B-7; it cannot be replaced").
        Shop shop = new Shop(database);
        goldRules(shop);
        ImportOptions nightly = new ImportOptions(DuplicatePolicy.UPDATE, false, true);
        shop.importFile(receipt(shop, "20,00"), nightly);

        PurchaseImportPlan again = shop.plan(receipt(shop, "20,00"), nightly);

        assertEquals(List.of(), again.problems());
        assertEquals(1, again.count(Action.SKIP));
        assertEquals(List.of(RowProblem.of(2, "", "purchaseImport.notice.unchanged", "B-7", shop.anna.number())),
                again.notices());
        assertFalse(again.canImport(), "nothing new to import");

        PurchaseImportPlan changed = shop.plan(receipt(shop, "25,00"), nightly);
        assertEquals(List.of("purchaseImport.problem.pointsBooked"),
                changed.problems().stream().map(RowProblem::messageKey).toList(),
                "a changed receipt with points booked is still refused");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void updateNeverOverwritesAPurchaseRecordedAtTheCounter(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO purchase (customer_id, purchased_at, receipt_number, total, paid, source, created_at)
                VALUES (?, TIMESTAMP '2026-03-01 10:00:00', 'B-7', 20.00, 20.00, 'COUNTER', TIMESTAMP '2026-03-01 10:00:00')""",
                shop.anna.id()));

        PurchaseImportPlan plan = shop.plan(receipt(shop, "25,00"), new ImportOptions(DuplicatePolicy.UPDATE, false));

        assertEquals(List.of(RowProblem.of(2, "Bon", "purchaseImport.problem.counterPurchase", "B-7")), plan.problems());
        assertFalse(plan.canImport());
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void createImportsAStoredReceiptAgain(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.importFile(receipt(shop, "20,00"), ImportOptions.DEFAULT);

        shop.importFile(receipt(shop, "20,00"), new ImportOptions(DuplicatePolicy.CREATE, false));

        assertEquals(2, shop.purchases.history(shop.anna.id()).size());
    }

    /** The points are booked after the purchases: the bar is full only when they are done too. */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void theProgressOfAnImportAwardingPointsIsFullOnlyAtTheEnd(String database) throws Exception {
        Shop shop = new Shop(database);
        PurchaseImportPlan plan = shop.plan(germanExport(shop), AWARD_POINTS);
        List<long[]> updates = new ArrayList<>();
        Progress recorded = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        shop.importer.execute(plan, recorded);

        long[] last = updates.get(updates.size() - 1);
        assertEquals(last[0], last[1]);
        assertTrue(updates.subList(0, updates.size() - 1).stream().allMatch(u -> u[0] < u[1]),
                "not full while the points are still being booked");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aCancelledImportLeavesNothingBehind(String database) throws Exception {
        Shop shop = new Shop(database);
        PurchaseImportPlan plan = shop.plan(germanExport(shop), ImportOptions.DEFAULT);
        Progress cancelAfterFirstBatch = new CancelAfter(1);

        assertThrows(CancellationException.class, () -> shop.importer.execute(plan, cancelAfterFirstBatch));

        assertEquals(0, shop.count());
        assertEquals(CustomerStatus.POTENTIAL, shop.status(shop.weiss), "the status stays as it was");
        assertTrue(plan.canImport(), "the same plan can still be imported");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void aPurchaseWithinTheLastTwelveMonthsMakesAProspectActiveAnOlderOneDoesNot(String database)
            throws Exception {
        Shop shop = new Shop(database);
        shop.customers.loadIndex();
        Customer lost = shop.customers.update(shop.joerg,
                shop.joerg.details().toBuilder().status(CustomerStatus.LOST).build());
        Customer older = shop.customers.create(Customers.named("Ute", "Alt"));
        String text = "Kundennummer;Datum;Betrag\n"
                + shop.weiss.number() + ";22.11.2025;10,00\n"
                + lost.number() + ";01.06.2026;20,00\n"
                + older.number() + ";21.11.2025;30,00\n";

        PurchaseImportResult result = shop.importFile(file("kasse.csv", text, StandardCharsets.UTF_8),
                ImportOptions.DEFAULT);

        assertEquals(2, result.activated());
        assertTrue(shop.importer.done(new Messages(Locale.GERMAN), result).endsWith(
                "ausgelassen. 2 Kunden sind dadurch jetzt aktiv."), "the report says so");
        assertEquals(CustomerStatus.ACTIVE, shop.status(shop.weiss), "a prospect who bought 12 months ago");
        assertEquals(CustomerStatus.ACTIVE, shop.status(lost), "a lost customer who came back");
        assertEquals(CustomerStatus.POTENTIAL, shop.status(older), "a purchase 12 months and a day ago");
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void theReportOfAFileWithoutItemsSaysNothingOfItems(String database) throws Exception {
        Shop shop = new Shop(database);
        shop.customers.loadIndex();
        String text = "Kundennummer;Datum;Betrag\n" + shop.weiss.number() + ";01.06.2026;10,00\n";

        PurchaseImportResult result = shop.importFile(file("kasse.csv", text, StandardCharsets.UTF_8),
                ImportOptions.DEFAULT);

        String german = shop.importer.done(new Messages(Locale.GERMAN), result);
        String english = shop.importer.done(new Messages(Locale.ENGLISH), result);
        // "Importiert: 1 Einkauf mit 0 Artikelzeilen, …" before
        assertTrue(german.startsWith("Importiert: 1 Einkauf, 0 ersetzt"), german);
        assertTrue(english.startsWith("Imported: 1 purchase, 0 replaced"), english);
        String withItems = shop.importer.done(new Messages(Locale.GERMAN), new PurchaseImportResult(2, 3, 0, 0, 0, 0));
        assertTrue(withItems.startsWith("Importiert: 2 Einkäufe mit 3 Artikelzeilen, 0 ersetzt"), withItems);
    }

    @Test
    void aHeaderBelowExcelsSeparatorLineIsWhereItsMissingColumnIsReported() throws Exception {
        // The header's problems were said of row 1, Excel's "sep=;" line, and its rows counted as errors.
        Shop shop = new Shop("H2");
        PurchaseImportPlan plan = shop.plan(file("kasse.csv", "sep=;\r\nBon;Datum;Kd;Betrag\r\n"
                + "B-1;01.03.2026;" + shop.anna.number() + ";12,50\r\n", StandardCharsets.UTF_8), ImportOptions.DEFAULT);

        assertEquals(List.of(RowProblem.of(2, "", "purchaseImport.problem.noCustomerColumn")), plan.problems());
        assertEquals(0, plan.invalidRows());
        assertTrue(plan.problems().get(0).isMissingColumn());
        assertFalse(plan.complete(), "a header without its column waits for the mapping");
    }
}
