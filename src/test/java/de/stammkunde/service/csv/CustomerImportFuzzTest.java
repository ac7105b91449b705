package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated damage to a German Excel file and an English one, imported again and again: nothing may
 * escape but the import's own problems, an import takes all its rows or none, and every problem is
 * on a row of the file with a text of both bundles. The seed is fixed; a failure names it and the input.
 */
class CustomerImportFuzzTest {

    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x5743_4b21L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 80);

    static final String GERMAN_FILE = "Kundennummer;Anrede;Vorname;Nachname;Firma;Straße;Nr.;PLZ;Ort;Land;Tel.;"
            + "E-Mail;Geburtstag;Bemerkung;Interessen;Einwilligung E-Mail;Status;Archiviert\r\n"
            + "K-1;Frau;Bärbel;Größe-Müller;;Hauptstraße;12a;80331;München;DE;089 123456;b.groesse@example.de;"
            + "03.04.1961;\"Mag Brezeln\r\nkommt samstags; \"\"immer\"\"\";Brot, Kuchen;ja 01.05.2024 Laden;"
            + "Kunde;nein\r\n"
            + ";Herr;Jörg;Weiß;;Schloßallee;1;1067;Dresden;DE;;;1.2.75;;;nein;Potenziell;\r\n"
            + "4711;;;;Bäckerei Kühn GmbH;Am Markt 3;;10115;Berlin;;030 1234567;info@kuehn.example;;;Lieferant;;"
            + "Ehemalig;ja\r\n";
    static final String ENGLISH_FILE = "\uFEFFCustomer number,Title,First name,Last name,Company,Street,"
            + "Postcode,City,Country,Phone,Email,Birthday,Notes,Tags,Email consent\n"
            + "C-9,Mrs,Ann,Smith,,1 High Street,SW1A 1AA,London,GB,+44 20 7946 0000,ann@example.co.uk,"
            + "1980-05-17,\"Likes tea, \"\"Earl Grey\"\"\",Tea;Cake,yes 2024-05-01\n"
            + ",Mr,Tom,O'Brien,,Main Street 2,D02 X285,Dublin,IE,,tom@example.ie,17/05/1980,,,no\n"
            + ",,,,Acme Ltd,,,,,,,,,,\n";

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases.Closing databases = new TestDatabases.Closing();

    private Database db;

    @Test
    void theUndamagedFilesImportWithoutProblems() throws Exception {
        db = databases.open(TestDatabases.h2());
        CustomerService customers = new CustomerService(db.jdbi(), ImportServiceTest.CLOCK, new CustomerIndex(),
                List.of());
        for (String text : List.of(GERMAN_FILE, ENGLISH_FILE)) {
            Path file = Files.write(dir.resolve("file.csv"), text.getBytes(text == GERMAN_FILE
                    ? CsvFormat.WINDOWS_1252 : StandardCharsets.UTF_8));
            ImportService importer = new ImportService(db.jdbi(), ImportServiceTest.CLOCK, customers,
                    CsvMutator.GERMAN);
            ImportPlan plan = importer.plan(importer.suggest(file, CsvFormat.detect(file), ImportOptions.DEFAULT),
                    Progress.NONE);
            assertEquals(List.of(), plan.problems());
            assertEquals(3, importer.execute(plan, Progress.NONE).created());
        }
        assertEquals(6, count());
    }

    /** On H2, and on PostgreSQL too where {@code STAMMKUNDE_TEST_PG_URL} names one (it refuses a NUL, H2 does not). */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void damagedGermanExcelFilesNeverCrashAndImportAllOrNothing(String database) throws Exception {
        fuzz(database, GERMAN_FILE.getBytes(CsvFormat.WINDOWS_1252), CsvMutator.GERMAN, SEED);
    }

    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void damagedEnglishFilesNeverCrashAndImportAllOrNothing(String database) throws Exception {
        fuzz(database, ENGLISH_FILE.getBytes(StandardCharsets.UTF_8), CsvMutator.ENGLISH, SEED + 1);
    }

    /** Excel's "Unicode text": UTF-16 little-endian with its byte order mark, TAB between the columns. */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void damagedExcelUnicodeTextFilesNeverCrashAndImportAllOrNothing(String database) throws Exception {
        String text = "\uFEFF" + GERMAN_FILE.replace(";", "\t");
        fuzz(database, text.getBytes(StandardCharsets.UTF_16LE), CsvMutator.GERMAN, SEED + 2);
    }

    private void fuzz(String database, byte[] original, Messages messages, long seed) throws Exception {
        db = databases.open(TestDatabases.named(database));
        CustomerService customers = new CustomerService(db.jdbi(), ImportServiceTest.CLOCK, new CustomerIndex(),
                List.of());
        customers.create(Customers.anna());
        ImportService importer = new ImportService(db.jdbi(), ImportServiceTest.CLOCK, customers, messages);
        Random random = new Random(seed);
        CsvMutator mutator = new CsvMutator(random);
        // One headroom around all imports: each import's own would end with a full collection.
        int[] outcomes = new int[2];
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] bytes = mutator.mutate(original);
                ImportOptions options = List.of(ImportOptions.DEFAULT,
                        new ImportOptions(DuplicatePolicy.UPDATE, false), new ImportOptions(DuplicatePolicy.CREATE,
                                false), new ImportOptions(DuplicatePolicy.SKIP, true)).get(random.nextInt(4));
                String input = CsvMutator.describe(seed, i, bytes) + "\noptions " + options;
                Path file = Files.write(dir.resolve("fuzz" + i + ".csv"), bytes);
                CsvMutator.importOnce(random, file, input, outcomes,
                        (format, tried) -> importOnce(importer, file, format, options, bytes, tried));
            }
        }
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "files imported, files refused: " + Arrays.toString(outcomes));
    }

    /** True when the file was imported, false when the check refused it. */
    private boolean importOnce(ImportService importer, Path file, CsvFormat format, ImportOptions options, byte[] bytes,
            String input) throws Exception {
        long before = count();
        ImportPlan plan = importer.plan(importer.suggest(file, format, options), Progress.NONE);
        if (CsvMutator.HUNT) {
            System.out.println("FUZZSTAT " + plan.canImport() + " " + plan.problems().stream()
                    .map(RowProblem::messageKey).distinct().sorted().toList());
        }
        plan.problems().forEach(p -> CsvMutator.assertUsable(p, bytes, input));
        plan.notices().forEach(p -> CsvMutator.assertUsable(p, bytes, input));
        importer.summary(CsvMutator.GERMAN, plan);
        if (!plan.canImport()) {
            assertThrows(IllegalStateException.class, () -> importer.execute(plan, Progress.NONE), input);
            assertEquals(before, count(), "a plan that may not be imported changes nothing: " + input);
            return false;
        }
        assertTrue(plan.complete() && (plan.problems().isEmpty() || options.skipInvalid()), input);
        ImportResult result = importer.execute(plan, Progress.NONE);
        assertEquals(plan.count(ImportPlan.Action.CREATE), result.created(), input);
        assertEquals(before + result.created(), count(), "every planned row is written: " + input);
        return true;
    }

    private long count() {
        return db.jdbi().withExtension(CustomerDao.class, CustomerDao::count);
    }
}
