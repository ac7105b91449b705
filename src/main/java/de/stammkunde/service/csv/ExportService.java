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

    public record Request(CustomerQuery query, List<CustomerColumn> columns, char separator) {

        public Request {
            columns = List.copyOf(columns);
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
                long total = dao.countMatching(request.query());
                long[] done = {0};
                List<CustomerColumn> columns = request.columns();
                boolean consents = columns.contains(CustomerColumn.CONSENT_EMAIL)
                        || columns.contains(CustomerColumn.CONSENT_POST) || columns.contains(CustomerColumn.CONSENT_SMS);
                dao.forEachCustomerRow(request.query(), columns.contains(CustomerColumn.TAGS), consents, customer -> {
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
