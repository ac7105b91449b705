package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The export of only the customers selected in the list. */
class ExportServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final List<CustomerColumn> NAMES = List.of(CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME);

    @TempDir
    Path dir;

    @RegisterExtension
    final TestDatabases.Closing databases = new TestDatabases.Closing();

    private CustomerService customers;
    private ExportService exporter;
    private final List<Customer> created = new ArrayList<>();

    @BeforeEach
    void open() {
        Database db = databases.open(TestDatabases.h2());
        customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
        exporter = new ExportService(db.jdbi(), new Messages(Locale.GERMAN));
        for (String name : List.of("Wagner", "Becker", "Schulz", "Albers", "Maier")) {
            created.add(customers.create(Customers.named("Eva", name)));
        }
    }

    private Customer named(String lastName) {
        return created.stream().filter(c -> c.details().lastName().equals(lastName)).findFirst().orElseThrow();
    }

    /** The file's rows after the header. */
    private List<String> rows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    @Test
    void onlyTheSelectedCustomersAreWrittenInTheListsOrder() throws Exception {
        Path file = dir.resolve("auswahl.csv");
        Set<Long> selected = Set.of(named("Wagner").id(), named("Albers").id(), named("Maier").id());
        List<String> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        long written = exporter.export(new ExportService.Request(CustomerQuery.all(), NAMES, ';', selected), file,
                progress);

        assertEquals(3, written);
        assertEquals(List.of("Albers;Eva", "Maier;Eva", "Wagner;Eva"), rows(file), "by name, as the list is sorted");
        assertEquals("3/3", updates.get(updates.size() - 1), "the progress counts the selection, not the 5 of the list");
    }

    @Test
    void theWholeListWithoutASelection() throws Exception {
        Path file = dir.resolve("alle.csv");

        long written = exporter.export(new ExportService.Request(CustomerQuery.all().withSort(
                CustomerQuery.all().sort(), false), NAMES, ';'), file, Progress.NONE);

        assertEquals(5, written);
        assertEquals(List.of("Wagner;Eva", "Schulz;Eva", "Maier;Eva", "Becker;Eva", "Albers;Eva"), rows(file));
    }

    @Test
    void aSelectedCustomerArchivedOrErasedMeanwhileIsLeftOut() throws Exception {
        Path file = dir.resolve("auswahl.csv");
        Set<Long> selected = Set.of(named("Becker").id(), named("Schulz").id(), named("Maier").id());
        // at another till, after the selection in this one
        customers.setArchived(named("Becker"), true);
        Customer schulz = customers.setArchived(named("Schulz"), true);
        customers.erase(schulz, "gelöscht");

        long written = exporter.export(new ExportService.Request(CustomerQuery.all(), NAMES, ';', selected), file,
                Progress.NONE);

        assertEquals(1, written);
        assertEquals(List.of("Maier;Eva"), rows(file));
    }
}
