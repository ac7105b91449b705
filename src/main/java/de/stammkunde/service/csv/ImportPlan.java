package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import java.util.List;

/**
 * What an import would do, row by row, before anything is written: the preview's counts, the
 * dry run's answer and the input of {@link ImportService#execute}.
 */
public record ImportPlan(
        List<String> header,
        int headerRow,
        List<PlannedRow> rows,
        List<RowProblem> problems,
        List<RowProblem> notices,
        int dataRows,
        boolean complete,
        ImportOptions options) implements ImportCheck {

    public enum Action { CREATE, UPDATE, SKIP }

    /** One valid row: a new customer, an update of {@code existing}, or a row left out. */
    public record PlannedRow(int row, Action action, String number, CustomerDetails details, boolean archived,
            Customer existing) {
    }

    public ImportPlan {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    /**
     * All or nothing: a file that could not be read to its end never imports; invalid rows stop the
     * import unless the user chose to leave them out.
     */
    @Override
    public boolean canImport() {
        return complete && (problems.isEmpty() || options.skipInvalid())
                && rows.stream().anyMatch(r -> r.action() != Action.SKIP);
    }
}
