package de.stammkunde.service.demo;

import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.service.Progress;
import de.stammkunde.service.customers.CustomerService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the database with realistic demo customers, in batches of {@value #BATCH} per transaction,
 * then reloads the search index once. Later features add their own demo rows here.
 */
public final class DemoDataService {

    static final int BATCH = 2000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public DemoDataService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    /** Creates {@code count} customers; the same seed gives the same customers. Returns how many. */
    public int createCustomers(int count, long seed, Progress progress) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        DemoCustomers generator = new DemoCustomers(seed, today);
        int done = 0;
        while (done < count) {
            progress.checkCancelled();
            int size = Math.min(BATCH, count - done);
            List<CustomerDetails> details = generator.next(size);
            jdbi.useTransaction(h -> {
                CustomerDao dao = h.attach(CustomerDao.class);
                List<String> numbers = dao.allocateNumbers(size);
                List<NewCustomer> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(new NewCustomer(numbers.get(i), details.get(i), false, now));
                }
                dao.insertAll(batch);
            });
            done += size;
            progress.update(done, count);
        }
        customers.loadIndex();
        return done;
    }
}
