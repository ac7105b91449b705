package de.stammkunde.ui.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DiskFullException;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.PurchaseColumn;
import de.stammkunde.service.csv.PurchaseImportPlan;
import de.stammkunde.service.csv.PurchaseImportResult;
import de.stammkunde.service.csv.PurchaseImportService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.purchases.PurchaseService;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.HeldTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard in purchase mode, without a toolkit: texts, mapping, check and import. */
class PurchaseImportWizardViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    private Database db;
    private Customer anna;
    private PurchaseImportService importer;
    private ImportWizardViewModel<PurchaseColumn, PurchaseImportPlan, PurchaseImportResult> viewModel;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2();
        CustomerService customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
        anna = customers.create(Customers.anna());
        Workplace workplace = new Workplace("test", "Kasse 1");
        importer = new PurchaseImportService(db.jdbi(), CLOCK, workplace,
                new LoyaltyService(db.jdbi(), CLOCK, new SettingsService(db.jdbi()), workplace), customers);
        viewModel = new ImportWizardViewModel<>(importer, new CurrentThreadTaskRunner(), MESSAGES);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("pos.csv"), text);
    }

    @Test
    void theWizardSpeaksOfPurchasesAndOffersPoints() {
        assertEquals("Import purchases", viewModel.text("title"));
        assertEquals("purchaseImport.policy.", viewModel.policyPrefix());
        assertEquals("Receipts already stored", viewModel.text("duplicates"));
        assertTrue(viewModel.offersPoints());
        assertEquals(List.of(PurchaseColumn.values()), viewModel.columns());
    }

    @Test
    void aFileThatIsGoneSaysSoAndWhatToDoNotJustItsPath() throws Exception {
        Path file = file("Customer number;Date;Receipt;Total\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n");
        viewModel.open(file);
        Files.delete(file);

        // Another separator reads the file again; it said "The file cannot be read: /…/pos.csv".
        viewModel.separatorProperty().set(',');

        assertEquals(MESSAGES.get("import.cannotRead", MESSAGES.get("read.reason.gone")),
                viewModel.statusProperty().get());
    }

    @Test
    void anImportOntoAFullDriveSaysSoAndWhatToDo() throws Exception {
        // as the app's runner tells a database error on a full drive
        var told = new ImportWizardViewModel<>(importer, new CurrentThreadTaskRunner(
                error -> new DiskFullException(Path.of("/daten"), error)), MESSAGES);
        told.open(file("Customer number;Date;Receipt;Total\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n"));
        assertEquals(MESSAGES.get("import.ready"), told.statusProperty().get());
        db.close(); // the write fails as on a full drive

        told.importNow(result -> { });

        // It said "The import failed: org.h2.jdbc.JdbcBatchUpdateException: General error: …"
        assertEquals(MESSAGES.get("error.diskFull", "/daten"), told.statusProperty().get());
    }

    @Test
    void aColumnNotMappedYetAsksForTheMappingNotForAnotherFile() throws Exception {
        // It said "the file cannot be read to its end" for a file that was read whole.
        viewModel.open(file("Customer number;Date;Receipt;Sum paid\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n"));

        assertEquals(MESSAGES.get("import.mapColumnsFirst"), viewModel.statusProperty().get());

        viewModel.map(3, PurchaseColumn.TOTAL);

        assertEquals(MESSAGES.get("import.ready"), viewModel.statusProperty().get());
    }

    @Test
    void whileABigFileIsCheckedTheProblemListDoesNotYetSayThereAreNone() throws Exception {
        // 160,000 rows take some seconds to check; meanwhile it said "No problems found." above rows with errors.
        HeldTaskRunner runner = new HeldTaskRunner();
        var held = new ImportWizardViewModel<>(importer, runner, MESSAGES);
        held.open(file("Customer number;Date;Receipt;Total\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n"
                + anna.number() + ";01,03.2026 10:00;R-2;3,00\n"));
        runner.runAll();
        held.skipInvalidProperty().set(true);

        assertEquals(List.of("check"), runner.held());
        assertEquals(MESSAGES.get("import.report.checking"), held.reportEmptyTextProperty().get());

        runner.runAll();
        assertEquals(1, held.report().size(), "the row with the wrong date");
        assertEquals(MESSAGES.get("import.report.empty"), held.reportEmptyTextProperty().get());

        held.map(3, null);
        runner.cancelAll();
        assertEquals(MESSAGES.get("import.checkCancelled"), held.statusProperty().get());
        assertEquals("", held.reportEmptyTextProperty().get(), "a check stopped found nothing, and says nothing");
    }

    @Test
    void cancelDuringTheImportStopsTheImportThoughAnOptionWasChangedMeanwhile() throws Exception {
        // Ticking "leave out invalid rows" while importing started a new check, and Cancel (or closing the
        // window) then stopped that check: the import went on and wrote everything though it said "Cancel
        // undoes everything".
        HeldTaskRunner runner = new HeldTaskRunner();
        var held = new ImportWizardViewModel<>(importer, runner, MESSAGES);
        held.open(file("Customer number;Date;Receipt;Total\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n"));
        runner.runAll();
        held.importNow(result -> { });

        held.skipInvalidProperty().set(true);
        held.separatorProperty().set(',');
        held.map(3, null);
        held.cancel();

        assertEquals(List.of("import"), runner.held(), "nothing checked again while importing");
        assertEquals(List.of("import"), runner.cancelled());
        runner.cancelAll();
        assertEquals(MESSAGES.get("import.cancelled"), held.statusProperty().get());
        assertEquals(List.of(), new PurchaseService(db.jdbi()).history(anna.id()));
    }

    @Test
    void theEmptyTablesSayWhyTheyAreEmpty() throws Exception {
        assertEquals(MESSAGES.get("import.preview.empty"), viewModel.previewEmptyTextProperty().get(), "no file yet");

        viewModel.open(file(""));
        assertEquals(MESSAGES.get("import.empty"), viewModel.statusProperty().get());
        assertEquals(MESSAGES.get("import.preview.nothing"), viewModel.previewEmptyTextProperty().get());
        assertEquals("", viewModel.reportEmptyTextProperty().get(), "no 'no problems found' under 'the file is empty'");

        viewModel.open(file("Customer number;Date;Receipt;Amount\n"));
        assertEquals(MESSAGES.get("import.preview.noRows"), viewModel.previewEmptyTextProperty().get());
        assertEquals(MESSAGES.get("import.report.empty"), viewModel.reportEmptyTextProperty().get());
        // It said "There is nothing new to import", as for a file of purchases all stored already.
        assertEquals(MESSAGES.get("import.noRows"), viewModel.statusProperty().get());
    }

    @Test
    void anExcelFileWithItsSeparatorLineATitleAndEmptyColumnsIsPreviewedFromItsHeader() throws Exception {
        // Before: one column "sep=,", and every row "has 5 columns, the header has 1".
        viewModel.open(file("sep=,\r\nKassenexport März,,,,\r\n,,,,\r\nCustomer number,Date,Receipt,Amount,\r\n"
                + anna.number() + ",01.03.2026 10:00,R-1,\"12,50\",\r\n,,,,\r\n"));

        assertEquals(',', viewModel.separatorProperty().get());
        assertEquals(List.of("Customer number", "Date", "Receipt", "Amount", ""), viewModel.header());
        assertEquals(1, viewModel.previewRows().size());
        assertEquals(java.util.Arrays.asList(PurchaseColumn.NUMBER, PurchaseColumn.DATE, PurchaseColumn.RECEIPT,
                PurchaseColumn.TOTAL, null), viewModel.mapping());
        assertEquals(List.of(MESSAGES.get("csv.report.row", 4, MESSAGES.get("csv.notice.headerRow"))),
                viewModel.report());
        assertEquals(MESSAGES.get("import.ready"), viewModel.statusProperty().get());
    }

    @Test
    void aFileIsMappedCheckedAndImported() throws Exception {
        viewModel.open(file("Customer number;Date;Receipt;Amount\n" + anna.number() + ";01.03.2026 10:00;R-1;12,50\n"));

        assertEquals(new CsvFormat(';', java.nio.charset.StandardCharsets.UTF_8),
                new CsvFormat(viewModel.separatorProperty().get(), viewModel.charsetProperty().get()));
        assertEquals(List.of(PurchaseColumn.NUMBER, PurchaseColumn.DATE, PurchaseColumn.RECEIPT, PurchaseColumn.TOTAL),
                viewModel.mapping());
        assertEquals(MESSAGES.get("purchaseImport.report.plan", 1, 1, 0, 0, 0), viewModel.summaryProperty().get());
        assertEquals(MESSAGES.get("import.ready"), viewModel.statusProperty().get());
        List<PurchaseImportResult> done = new ArrayList<>();

        viewModel.importNow(done::add);

        assertEquals(List.of(new PurchaseImportResult(1, 0, 0, 0, 0, 0)), done);
        assertEquals(MESSAGES.get("purchaseImport.report.done", 1, 0, 0, 0, 0, 0), viewModel.statusProperty().get());
        assertEquals(new BigDecimal("12.50"), new PurchaseService(db.jdbi()).history(anna.id()).get(0).total());
    }

    @Test
    void aColumnTheWizardDoesNotKnowCanBeMappedByHand() throws Exception {
        viewModel.open(file("Kd;Datum;Betrag\n" + anna.number() + ";01.03.2026;12,50\n"));
        assertNull(viewModel.mapping().get(0));
        assertFalse(viewModel.canImportProperty().get());
        assertEquals(List.of(MESSAGES.get("csv.report.row", 1, MESSAGES.get("purchaseImport.problem.noCustomerColumn"))),
                viewModel.report());

        viewModel.map(0, PurchaseColumn.NUMBER);

        assertEquals(List.of(), viewModel.report());
        assertTrue(viewModel.canImportProperty().get());
    }
}
