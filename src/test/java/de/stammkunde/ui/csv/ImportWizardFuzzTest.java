package de.stammkunde.ui.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.CsvMutatorAccess;
import de.stammkunde.service.csv.ImportCheck;
import de.stammkunde.service.csv.ImportColumn;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportService;
import de.stammkunde.service.csv.PurchaseImportService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard as a user drives it over a damaged file: opens it, changes separator, encoding,
 * the mapping of a column, the duplicate policy, leaves invalid rows out, imports. Nothing escapes; the
 * status never says the check or the import failed with an exception's words; an import the wizard
 * offers succeeds. For customers and purchases, in German and English. The seed is fixed.
 */
class ImportWizardFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x57697a64L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 60);

    @TempDir
    Path dir;

    @Test
    void aUserDrivingTheWizardOverDamagedFilesNeverSeesAFailure() throws Exception {
        for (Locale locale : List.of(Locale.GERMANY, Locale.UK)) {
            Database db = TestDatabases.h2();
            try {
                Messages messages = new Messages(locale);
                CustomerService customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
                Customer anna = customers.create(Customers.anna());
                Workplace workplace = new Workplace("test", "Kasse 1");
                PurchaseImportService purchases = new PurchaseImportService(db.jdbi(), CLOCK, workplace,
                        new LoyaltyService(db.jdbi(), CLOCK, new SettingsService(db.jdbi()), workplace), customers);
                ImportService customerImport = new ImportService(db.jdbi(), CLOCK, customers, messages);
                drive(customerImport, messages, CsvMutatorAccess.germanCustomers(), locale.toString() + " customers");
                drive(purchases, messages, ("Kundennummer;Datum;Bon;Artikel;Menge;Einzelpreis;Betrag;Zahlart\r\n"
                        + anna.number() + ";01.03.2026 09:15;B-1;Brötchen;6;0,45;2,70;bar\r\n"
                        + anna.number() + ";02.03.2026;B-2;;;;12,50;EC\r\n").getBytes(CsvFormat.WINDOWS_1252),
                        locale + " purchases");
            } finally {
                db.close();
            }
        }
    }

    private <C extends ImportColumn, P extends ImportCheck, R> void drive(
            CsvImporter<C, P, R> importer, Messages messages, byte[] original, String what) throws Exception {
        Random random = new Random(SEED);
        CsvMutatorAccess mutator = new CsvMutatorAccess(random);
        String failed = prefix(messages, "import.failed");
        String checkFailed = prefix(messages, "import.checkFailed");
        String cannotRead = prefix(messages, "import.cannotRead");
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] bytes = random.nextInt(5) == 0 ? original : mutator.mutate(original);
            Path file = Files.write(dir.resolve("wizard" + i + ".csv"), bytes);
            ImportWizardViewModel<C, P, R> wizard = new ImportWizardViewModel<>(importer,
                    new CurrentThreadTaskRunner(), messages);
            List<String> steps = new ArrayList<>();
            try {
                wizard.open(file);
                for (int n = random.nextInt(4); n > 0; n--) {
                    steps.add(step(wizard, random));
                }
                String input = what + ", " + steps + "\n" + CsvMutatorAccess.describe(SEED, i, bytes);
                String status = wizard.statusProperty().get();
                for (String start : List.of(failed, checkFailed, cannotRead)) {
                    assertFalse(status.startsWith(start), "status \"" + status + "\" for " + input);
                }
                assertFalse(status.isBlank(), "a status: " + input);
                if (wizard.canImportProperty().get()) {
                    List<R> done = new ArrayList<>();
                    wizard.importNow(done::add);
                    assertEquals(1, done.size(), "the offered import ran: " + wizard.statusProperty().get() + "\n"
                            + input);
                    assertTrue(wizard.finishedProperty().get(), input);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("escaped the wizard: " + e + "\n" + what + ", " + steps + "\n"
                        + CsvMutatorAccess.describe(SEED, i, bytes), e);
            }
        }
    }

    /** One thing a user does in the wizard; what, for the failure's message. */
    private static <C extends ImportColumn> String step(ImportWizardViewModel<C, ?, ?> wizard, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> {
                char separator = CsvFormat.SEPARATORS.get(random.nextInt(3));
                wizard.separatorProperty().set(separator);
                return "separator " + (separator == '\t' ? "TAB" : separator);
            }
            case 1 -> {
                var charset = CsvFormat.CHARSETS.get(random.nextInt(3));
                wizard.charsetProperty().set(charset);
                return "charset " + charset;
            }
            case 2 -> {
                DuplicatePolicy policy = DuplicatePolicy.values()[random.nextInt(3)];
                wizard.policyProperty().set(policy);
                return "policy " + policy;
            }
            case 3 -> {
                wizard.skipInvalidProperty().set(!wizard.skipInvalidProperty().get());
                return "skipInvalid " + wizard.skipInvalidProperty().get();
            }
            default -> {
                if (wizard.mapping().isEmpty()) {
                    return "no mapping";
                }
                int index = random.nextInt(wizard.mapping().size());
                List<C> columns = wizard.columns();
                C column = random.nextInt(4) == 0 ? null : columns.get(random.nextInt(columns.size()));
                wizard.map(index, column);
                return "map " + index + " to " + column;
            }
        }
    }

    private static String prefix(Messages messages, String key) {
        String pattern = messages.bundle().getString(key);
        return pattern.substring(0, pattern.indexOf('{'));
    }
}
