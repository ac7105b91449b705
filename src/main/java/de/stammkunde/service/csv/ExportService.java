package de.stammkunde.service.csv;

import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.AtomicFiles;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Exports the customers of a list query to a CSV file. It writes to a temporary file beside the
 * target and moves it into place at the end, so a cancel or a failure never leaves half a file.
 */
public final class ExportService {

    private final Jdbi jdbi;
    private final Messages messages;

    public ExportService(Jdbi jdbi, Messages messages) {
        this.jdbi = jdbi;
        this.messages = messages;
    }

    /**
     * What to write: the customers of {@code query}, or of them only those whose id is in {@code only} (the ones
     * selected in the list; null for all of them), in the query's order.
     */
    public record Request(CustomerQuery query, List<CustomerColumn> columns, char separator, Set<Long> only) {

        public Request {
            columns = List.copyOf(columns);
            only = only == null ? null : Set.copyOf(only);
        }

        /** All customers of the query. */
        public Request(CustomerQuery query, List<CustomerColumn> columns, char separator) {
            this(query, columns, separator, null);
        }
    }

    /** Writes the file and returns how many customers it holds. */
    public long export(Request request, Path target, Progress progress) throws IOException {
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            long[] count = {0};
            AtomicFiles.write(target, out -> count[0] = write(request, out, progress));
            return count[0];
        }
    }

    private long write(Request request, OutputStream out, Progress progress) throws IOException {
        try (CustomerCsvWriter writer = new CustomerCsvWriter(out, request.separator(), request.columns(),
                messages)) {
            return jdbi.withHandle(h -> {
                CustomerDao dao = h.attach(CustomerDao.class);
                Set<Long> only = request.only();
                long total = only == null ? dao.countMatching(request.query()) : only.size();
                long[] done = {0};
                List<CustomerColumn> columns = request.columns();
                boolean consents = columns.contains(CustomerColumn.CONSENT_EMAIL)
                        || columns.contains(CustomerColumn.CONSENT_POST) || columns.contains(CustomerColumn.CONSENT_SMS);
                // The selected ones are picked from the query's rows: the file keeps the list's order, a customer
                // archived or erased meanwhile is left out as from the whole list, and no id list goes into the SQL.
                dao.forEachCustomerRow(request.query(), columns.contains(CustomerColumn.TAGS), consents, customer -> {
                    if (only != null && !only.contains(customer.id())) {
                        return;
                    }
                    writer.write(customer);
                    if (++done[0] % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update(done[0], total);
                    }
                });
                progress.update(done[0], total);
                return done[0];
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
