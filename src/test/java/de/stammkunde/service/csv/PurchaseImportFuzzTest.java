package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.settings.SettingsService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated damage to a German till export and an English one, imported again and again, the
 * customer found by number, card or e-mail: nothing may escape but the import's own problems, an
 * import takes all its purchases or none, and every problem is on a row of the file with a text of
 * both bundles. The seed is fixed; a failure names it and the input.
 */
class PurchaseImportFuzzTest {

    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x4b61_7373L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 120);
    private static final String CARD = "2900000000017";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases.Closing databases = new TestDatabases.Closing();

    private Database db;

    private static String germanFile(Customer anna) {
        return "Bonnummer;Datum;Kundennummer;Kartennummer;E-Mail;Artikel;Menge;Einzelpreis;Betrag;Zahlart\r\n"
                + "B-1001;01.03.2026 09:15;" + anna.number() + ";;;Brötchen;6;0,45;6,50;bar\r\n"
                + "B-1001;01.03.2026 09:15;" + anna.number() + ";;;\"Käsekuchen \"\"Großmutter\"\"\r\nmit Sahne\";"
                + "1;3,80;6,50;bar\r\n"
                + "B-1002;02.03.2026 17:40;;" + CARD + ";;Blumenstrauß;1;24,90;24,90;EC\r\n"
                + "B-1003;03.03.26 11:05;;;Baerbel.Weiss@Example.com;;;;1.234,56;Kreditkarte\r\n";
    }

    private static String englishFile(Customer anna) {
        return "Customer number,Card,Email,Date,Time,Receipt,Item,Quantity,Unit price,Amount,Payment\n"
                + anna.number() + ",,,2026-03-05,14:30,R-1,Tea,2,3.25,6.50,cash\n"
                + ",2900 0000 0001 7,,2026-03-06,08:05,R-2,,,,\"1,234.50\",invoice\n"
                + ",,baerbel.weiss@example.com,06/03/2026,17:00,,Cake,0.5,7.00,3.50,card\n";
    }

    /** On H2, and on PostgreSQL too where {@code STAMMKUNDE_TEST_PG_URL} names one (it refuses a NUL, H2 does not). */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void damagedTillExportsNeverCrashAndImportAllOrNothing(String database) throws Exception {
        db = databases.open(TestDatabases.named(database));
        CustomerService customers = new CustomerService(db.jdbi(), ImportServiceTest.CLOCK, new CustomerIndex(),
                List.of());
        Workplace workplace = new Workplace("test", "Kasse 1");
        PurchaseImportService importer = new PurchaseImportService(db.jdbi(), ImportServiceTest.CLOCK, workplace,
                new LoyaltyService(db.jdbi(), ImportServiceTest.CLOCK, new SettingsService(db.jdbi()), workplace),
                customers);
        Customer anna = customers.create(Customers.anna());
        Customer joerg = customers.create(Customers.named("Jörg", "Kühn"));
        customers.create(CustomerDetails.builder().firstName("Bärbel").lastName("Weiß")
                .email("baerbel.weiss@example.com").build());
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO customer_card (card_number, customer_id, issued_at) "
                + "VALUES (:number, :customer, :issued)").bind("number", CARD).bind("customer", joerg.id())
                .bind("issued", LocalDateTime.of(2025, 1, 2, 9, 0)).execute());
        byte[][] originals = {germanFile(anna).getBytes(CsvFormat.WINDOWS_1252),
            englishFile(anna).getBytes(StandardCharsets.UTF_8)};
        for (byte[] original : originals) {
            Path file = Files.write(dir.resolve("original.csv"), original);
            assertEquals(List.of(), importer.plan(file, CsvFormat.detect(file), ImportOptions.DEFAULT, Progress.NONE)
                    .problems(), "the undamaged file is fine");
        }
        Random random = new Random(SEED);
        CsvMutator mutator = new CsvMutator(random);
        int[] outcomes = new int[2];
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] bytes = mutator.mutate(originals[random.nextInt(2)]);
            ImportOptions options = new ImportOptions(DuplicatePolicy.values()[random.nextInt(3)],
                    random.nextBoolean(), random.nextBoolean());
            String input = CsvMutator.describe(SEED, i, bytes) + "\noptions " + options;
            Path file = Files.write(dir.resolve("fuzz" + i + ".csv"), bytes);
            CsvMutator.importOnce(random, file, input, outcomes,
                    (format, tried) -> importOnce(importer, file, format, options, bytes, tried));
        }
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "files imported, files refused: " + Arrays.toString(outcomes));
    }

    /** True when the file was imported, false when the check refused it. */
    private boolean importOnce(PurchaseImportService importer, Path file, CsvFormat format, ImportOptions options,
            byte[] bytes, String input) throws Exception {
        int[] before = counts();
        PurchaseImportPlan plan = importer.plan(file, format, options, Progress.NONE);
        if (CsvMutator.HUNT) {
            System.out.println("FUZZSTAT " + plan.canImport() + " " + plan.problems().stream()
                    .map(RowProblem::messageKey).distinct().sorted().toList());
        }
        plan.problems().forEach(p -> CsvMutator.assertUsable(p, bytes, input));
        plan.notices().forEach(p -> CsvMutator.assertUsable(p, bytes, input));
        importer.summary(CsvMutator.ENGLISH, plan);
        if (!plan.canImport()) {
            assertThrows(IllegalStateException.class, () -> importer.execute(plan, Progress.NONE), input);
            assertEquals(List.of(before[0], before[1]), List.of(counts()[0], counts()[1]),
                    "a plan that may not be imported changes nothing: " + input);
            return false;
        }
        assertTrue(plan.complete() && (plan.problems().isEmpty() || options.skipInvalid()), input);
        PurchaseImportResult result = importer.execute(plan, Progress.NONE);
        int[] after = counts();
        assertEquals(plan.count(ImportPlan.Action.CREATE), result.created(), input);
        assertEquals(before[0] + result.created(), after[0], "every planned purchase is written: " + input);
        int items = plan.purchases().stream().filter(p -> p.action() == ImportPlan.Action.CREATE)
                .mapToInt(p -> p.items().size()).sum();
        assertTrue(after[1] >= before[1] + items, "the new purchases' items are written: " + input);
        return true;
    }

    /** Purchases and line items stored. */
    private int[] counts() {
        return db.jdbi().withHandle(h -> new int[] {
            h.createQuery("SELECT COUNT(*) FROM purchase").mapTo(Integer.class).one(),
            h.createQuery("SELECT COUNT(*) FROM purchase_item").mapTo(Integer.class).one()});
    }
}
