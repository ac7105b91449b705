package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.MovableClock;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.PersonalDataSheet;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.customers.CustomerService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A customer's copy of their data (GDPR Art. 15/20): everything stored about them, in files a person can open. */
class PersonalDataExportTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"),
            ZoneId.of("Europe/Berlin"));
    private AppContext app;

    @TempDir
    Path dir;

    static Stream<Database> databases() {
        return TestDatabases.all().stream();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private AppContext open(Database db, Locale locale) {
        app = new AppContext(Path.of("unused"), db, new Messages(locale), clock);
        return app;
    }

    /** Each file of the ZIP by name, as its text without the byte order mark. */
    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                assertEquals((byte) 0xEF, bytes[0], entry.getName() + " starts with a byte order mark");
                files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8).substring(1));
            }
        }
        return files;
    }

    /** The files of Anna's copy with one sale of {@code total} on 1 Nov 2026, in {@code locale}. */
    private Map<String, String> copyOfOneSale(Locale locale, String total, PaymentMethod payment, char separator)
            throws IOException {
        AppContext app = open(TestDatabases.h2(), locale);
        Customer anna = app.customers().create(Customers.anna());
        app.sales().record(new SaleDraft(anna.id(), new BigDecimal(total), List.of(), "", payment,
                LocalDateTime.of(2026, 11, 1, 9, 30), "", 0));
        Path zip = dir.resolve("copy.zip");
        app.personalData().export(anna.id(), separator, zip, Progress.NONE);
        return unzip(zip);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyKindOfDataTheCustomerHasIsInItsOwnFile(Database db) throws IOException {
        AppContext app = open(db, Locale.GERMAN);
        CustomerService customers = app.customers();
        Customer anna = customers.create(Customers.anna());
        Customer oldRecord = customers.create(CustomerDetails.builder().firstName("Anna").lastName("Schmitz")
                .city("Bonn").notes("=HYPERLINK(\"http://x\")").build());
        app.cards().replace(app.cards().issue(anna.id()).id(), "verloren");
        var campaign = app.campaigns().create(new CampaignDraft("Herbst", Offer.amount("5.00"), BigDecimal.ZERO,
                app.campaigns().today(), app.campaigns().today().plusDays(30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        String code = app.campaigns().coupons(campaign.id()).get(0).code();
        String printedCode = CouponCodes.format(code);
        app.sales().record(new SaleDraft(oldRecord.id(), new BigDecimal("200.00"), List.of(), "B-1",
                PaymentMethod.CASH, LocalDateTime.of(2026, 11, 1, 9, 30), "", 0));
        long sale = app.sales().record(new SaleDraft(anna.id(), new BigDecimal("12.50"), List.of(
                new PurchaseItem("Brötchen", new BigDecimal("5"), new BigDecimal("0.50")),
                new PurchaseItem("Torte", BigDecimal.ONE, new BigDecimal("10.00"))), "B-2", PaymentMethod.GIROCARD,
                LocalDateTime.of(2026, 11, 24, 10, 15), code, 0)).purchase().id();
        app.sales().refund(sale, "defekt");
        customers.merge(anna.id(), oldRecord.id());
        Path zip = dir.resolve("auskunft.zip");

        long rows = app.personalData().export(anna.id(), ';', zip, Progress.NONE);

        Map<String, String> files = unzip(zip);
        assertEquals(List.of("Kunde.csv", "Interessen.csv", "Einwilligungen.csv", "Kundenkarten.csv", "Einkaufsverlauf.csv",
                "Positionen.csv", "Punktekonto.csv", "Gutscheine.csv", "Gutscheinverwendung.csv"),
                List.copyOf(files.keySet()));
        String customer = files.get("Kunde.csv");
        assertTrue(customer.startsWith("Kundennr.;Anrede;Vorname;Nachname;"), customer);
        assertTrue(customer.contains(anna.number() + ";Frau;Anna;Müller;;Lindenstraße 4;50667;Köln;"), customer);
        assertTrue(customer.contains(oldRecord.number() + ";keine Angabe;Anna;Schmitz;"),
                "the record merged into hers, with the name it had: " + customer);
        assertTrue(customer.contains("'=HYPERLINK"), "no formula: " + customer);
        assertTrue(files.get("Interessen.csv").contains(anna.number() + ";Vollkorn"), files.get("Interessen.csv"));
        assertTrue(files.get("Einwilligungen.csv").contains(anna.number() + ";E-Mail;ja;2024-03-01;Formular im Laden"),
                files.get("Einwilligungen.csv"));
        assertEquals(3, files.get("Kundenkarten.csv").lines().count(), "header, blocked card, new card");
        assertTrue(files.get("Kundenkarten.csv").contains(";verloren"), files.get("Kundenkarten.csv"));
        assertTrue(files.get("Kundenkarten.csv").contains("\r\n2 900000 "), "as printed on the card, not 2,9E+12 in a "
                + "spreadsheet: " + files.get("Kundenkarten.csv"));
        String purchases = files.get("Einkaufsverlauf.csv");
        assertTrue(purchases.contains("2026-11-01 09:30:00;B-1;Verkauf;200,00;0,00;0,00;200,00;Bar;200;0;;"),
                "the sale of the merged record, in German amounts: " + purchases);
        assertTrue(purchases.contains(";B-2;Verkauf;12,50;5,00;0,00;7,50;Girocard;"), purchases);
        assertTrue(purchases.contains(";" + printedCode + ";"), "as printed on the coupon: " + purchases);
        assertTrue(purchases.contains(";Erstattung;-12,50;"), "the refund as its own row: " + purchases);
        assertTrue(purchases.contains(";2026-11-24 10:15:00;defekt;"), "which sale it refunds: " + purchases);
        assertTrue(files.get("Positionen.csv").contains("2026-11-24 10:15:00;B-2;Brötchen;5;0,50;2,50"),
                files.get("Positionen.csv"));
        assertTrue(files.get("Punktekonto.csv").contains(";Gesammelt;200;"), files.get("Punktekonto.csv"));
        assertTrue(files.get("Gutscheine.csv").contains(printedCode + ";Herbst;Rabatt in Euro;;5,00;"),
                files.get("Gutscheine.csv"));
        assertTrue(files.get("Gutscheinverwendung.csv").contains("\r\n" + printedCode + ";"),
                files.get("Gutscheinverwendung.csv"));
        assertTrue(files.get("Gutscheinverwendung.csv").contains(";5,00;2026-11-24 10:15:00;"),
                "the discount and the sale it was used in: " + files.get("Gutscheinverwendung.csv"));
        // 2 customer records, 2 interests, 1 consent, 2 cards, 3 purchases, 2 line items, 3 points, 1 coupon, 1 use
        assertEquals(17, rows);
    }

    @Test
    void inEnglishTheAmountsHaveAPointAndTheFilesEnglishNames() throws IOException {
        Map<String, String> files = copyOfOneSale(Locale.ENGLISH, "1234.50", PaymentMethod.OTHER, ',');

        assertTrue(files.get("Purchases.csv").contains("2026-11-01 09:30:00,,Sale,1234.50,0.00,0.00,1234.50,Other,"),
                files.get("Purchases.csv"));
        assertTrue(files.get("Customer.csv").startsWith("Customer no.,Title,First name,Last name"));
        assertEquals("Coupon redemptions.csv", List.copyOf(files.keySet()).get(8));
        assertTrue(files.get("Coupons.csv").lines().count() == 1, "a header says what would be there: "
                + files.get("Coupons.csv"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCustomerMergedIntoAnotherOrErasedSinceTheFormOpenedGetsNoCopyOfWhatIsLeft(Database db) {
        // The form still open, at another till: Anna merged into her newer record, Bert erased. Their copies
        // held one bare record (the purchases had moved on, the names were gone) and the window said it was all.
        AppContext app = open(db, Locale.GERMAN);
        CustomerService customers = app.customers();
        Customer anna = customers.create(Customers.anna());
        Customer annaNew = customers.create(CustomerDetails.builder().firstName("Anna").lastName("Müller-Berg").build());
        Customer bert = customers.create(CustomerDetails.builder().firstName("Bert").lastName("Stein").build());
        app.sales().record(new SaleDraft(anna.id(), new BigDecimal("20.00"), List.of(), "B-1", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 1, 9, 30), "", 0));
        customers.merge(annaNew.id(), anna.id());
        customers.erase(bert, "gelöscht");
        Path annas = dir.resolve("anna.zip");
        Path berts = dir.resolve("bert.zip");

        assertThrows(ConcurrentEditException.class,
                () -> app.personalData().export(anna.id(), ';', annas, Progress.NONE));
        assertThrows(ConcurrentEditException.class,
                () -> app.personalData().export(bert.id(), ';', berts, Progress.NONE));

        assertFalse(Files.exists(annas));
        assertFalse(Files.exists(berts));
    }

    @Test
    void inGermanATabSeparatedCopyHasTheDecimalCommaToo() throws IOException {
        // "stammkunde export-customer-data … --separator tab": 1,05 € was written "1.05", a date in German Excel
        Map<String, String> files = copyOfOneSale(Locale.GERMAN, "1.05", PaymentMethod.CASH, '\t');

        assertTrue(files.get("Einkaufsverlauf.csv").contains("\tVerkauf\t1,05\t0,00\t0,00\t1,05\t"),
                files.get("Einkaufsverlauf.csv"));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesNoFile() throws IOException {
        AppContext app = open(TestDatabases.h2(), Locale.GERMAN);
        Customer anna = app.customers().create(Customers.anna());
        Files.writeString(dir.resolve("a-file"), "x");
        Path target = dir.resolve("a-file").resolve("auskunft.zip");

        assertThrows(IOException.class, () -> app.personalData().export(anna.id(), ';', target, Progress.NONE));

        assertFalse(Files.exists(target));
    }

    @Test
    void everyTablePointingAtCustomersIsInTheCopy() {
        // A feature that adds a table of customer data must show its rows in the copy, as in the merge.
        Database db = TestDatabases.h2();
        open(db, Locale.GERMAN);
        List<String> foreignKeys = TestDatabases.foreignKeysTo(db, "customer");
        Set<String> missing = new TreeSet<>(foreignKeys);
        assertTrue(missing.contains("purchase.customer_id"), "the query finds foreign keys");
        Set<String> covered = new HashSet<>();
        for (PersonalDataSheet sheet : PersonalDataSheet.values()) {
            covered.addAll(sheet.covers());
        }

        missing.removeAll(covered);

        assertEquals(Set.of(), missing);
    }

    @Test
    void everyColumnHasAHeadingInBothLanguages() {
        Database db = TestDatabases.h2();
        AppContext app = open(db, Locale.GERMAN);
        long id = app.customers().create(Customers.anna()).id();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (PersonalDataSheet sheet : PersonalDataSheet.values()) {
                var table = db.jdbi().withHandle(h -> sheet.read(h, List.of(id)));
                for (String column : table.columns()) {
                    assertTrue(messages.has("personalData.col." + column), locale + " " + sheet + " " + column);
                }
                // Unzip tools that ignore the ZIP's UTF-8 flag showed "Einkäufe.csv" as "Eink+�ufe.csv"
                assertTrue(messages.get("personalData.sheet." + sheet.name()).matches("[A-Za-z ]+"),
                        locale + " " + sheet + ": plain letters only");
            }
        }
    }

    @Test
    void readingTheZipGivesBackEveryFile() throws IOException {
        // the files are whole: a reader that knows nothing of Stammkunde gets every byte
        AppContext app = open(TestDatabases.h2(), Locale.GERMAN);
        Customer anna = app.customers().create(Customers.anna());
        Path zip = dir.resolve("a.zip");
        app.personalData().export(anna.id(), ';', zip, Progress.NONE);

        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            int count = 0;
            while (entries.getNextEntry() != null) {
                entries.readAllBytes();
                count++;
            }
            assertEquals(PersonalDataSheet.values().length, count);
        }
    }
}
