package de.stammkunde.app;

import de.stammkunde.data.Database;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DatabaseClosedException;
import de.stammkunde.service.DiskFullException;
import de.stammkunde.service.DiskSpace;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.cards.CardService;
import de.stammkunde.service.counter.CounterService;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.csv.ExportService;
import de.stammkunde.service.csv.ImportService;
import de.stammkunde.service.csv.PersonalDataExport;
import de.stammkunde.service.csv.PurchaseImportService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.demo.DemoDataService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.purchases.PurchaseService;
import de.stammkunde.service.purchases.SaleService;
import de.stammkunde.service.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The composition root: builds the database, DAOs and services once at start-up and hands them on
 * by constructor. Both the window and the command line start here.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDirectory;
    private final Database database;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Workplace workplace;
    private final SettingsService settings;
    private final LoyaltyService loyalty;
    private final CouponService coupons;
    private final CardService cards;
    private final PurchaseService purchases;
    private final SaleService sales;
    private final CounterService counter;
    private final CustomerService customers;
    private final CampaignService campaigns;
    private final DemoDataService demoData;
    private final ImportService importer;
    private final ExportService exporter;
    private final PersonalDataExport personalData;
    private final PurchaseImportService purchaseImporter;

    public AppContext(Path dataDirectory, Database database, Messages messages, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.clock = clock;
        this.workplace = Workplace.ofThisComputer();
        this.settings = new SettingsService(database.jdbi());
        this.loyalty = new LoyaltyService(database.jdbi(), clock, settings, workplace);
        this.coupons = new CouponService(database.jdbi(), clock, workplace);
        this.cards = new CardService(database.jdbi(), clock, workplace);
        this.purchases = new PurchaseService(database.jdbi());
        this.customers = new CustomerService(database.jdbi(), clock, new CustomerIndex(),
                List.of(purchases, loyalty, coupons, cards));
        this.sales = new SaleService(database.jdbi(), clock, workplace, loyalty, coupons, customers);
        this.counter = new CounterService(customers, loyalty, cards, coupons, purchases);
        this.campaigns = new CampaignService(database.jdbi(), clock, workplace, customers);
        this.demoData = new DemoDataService(database.jdbi(), clock, customers, loyalty, campaigns, sales,
                messages);
        this.importer = new ImportService(database.jdbi(), clock, customers, messages);
        this.exporter = new ExportService(database.jdbi(), messages);
        this.personalData = new PersonalDataExport(database.jdbi(), messages);
        this.purchaseImporter = new PurchaseImportService(database.jdbi(), clock, workplace, loyalty,
                customers);
    }

    /** Opens the data folder's database (failing if another Stammkunde has it) and migrates it. */
    public static AppContext open(Path dataDirectory, Locale locale) {
        Database database = Database.openH2(dataDirectory);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new AppContext(dataDirectory, database, new Messages(locale), Clock.systemDefaultZone());
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether {@code error} is a write that found the data folder's drive full (error.diskFull). */
    public boolean ranOutOfSpace(Throwable error) {
        return DiskSpace.ranOut(error, dataDirectory);
    }

    /**
     * A failure as the user can be told it: a database error that found the data folder's drive full
     * as a {@link DiskFullException}, the database's "closed" (which follows, as H2 closes itself
     * after a failed write) as a {@link DatabaseClosedException}, any other failure as it is. For the
     * background runner, which asks on its worker thread (the drive's free space is a question to the
     * file system); a file written elsewhere (a PDF on a USB stick) is not the data folder's drive.
     */
    public Throwable explained(Throwable error) {
        if (!DiskSpace.isDatabaseError(error)) {
            return error;
        }
        if (Database.isClosed(error)) {
            return new DatabaseClosedException(error);
        }
        return ranOutOfSpace(error) ? new DiskFullException(dataDirectory, error) : error;
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public Formats formats() {
        return formats;
    }

    public Clock clock() {
        return clock;
    }

    public Workplace workplace() {
        return workplace;
    }

    public SettingsService settings() {
        return settings;
    }

    public LoyaltyService loyalty() {
        return loyalty;
    }

    public CouponService coupons() {
        return coupons;
    }

    public CardService cards() {
        return cards;
    }

    public PurchaseService purchases() {
        return purchases;
    }

    public CounterService counter() {
        return counter;
    }

    public SaleService sales() {
        return sales;
    }

    public CustomerService customers() {
        return customers;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    public ImportService importer() {
        return importer;
    }

    public ExportService exporter() {
        return exporter;
    }

    public PersonalDataExport personalData() {
        return personalData;
    }

    public PurchaseImportService purchaseImporter() {
        return purchaseImporter;
    }

    @Override
    public void close() {
        database.close();
    }
}
