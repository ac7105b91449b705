package de.stammkunde.ui.csv;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.CsvTableReader;
import de.stammkunde.service.csv.ImportCheck;
import de.stammkunde.service.csv.ImportColumn;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportReport;
import de.stammkunde.service.csv.RowProblem;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.FileFailures;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's state: the file and how to read it, the preview with the column mapping,
 * the check of the whole file (what would happen to each row) and the import itself. Every change
 * of file, format, mapping or options makes the last check stale and starts a new one. The same
 * wizard imports customers and purchases; {@link CsvImporter} is what differs.
 *
 * @param <C> the columns a file column can be mapped to
 * @param <P> the importer's checked plan
 * @param <R> what the importer reports when done
 */
public final class ImportWizardViewModel<C extends ImportColumn, P extends ImportCheck, R> {

    static final int PREVIEW_ROWS = 20;

    private final CsvImporter<C, P, R> importer;
    private final TaskRunner runner;
    private final Messages messages;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> separator = new SimpleObjectProperty<>(';');
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>(CsvFormat.WINDOWS_1252);
    private final ObjectProperty<DuplicatePolicy> policy = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final StringProperty policyHint = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty awardPoints = new SimpleBooleanProperty(false);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<C> mapping = FXCollections.observableArrayList();
    private final ObjectProperty<P> plan = new SimpleObjectProperty<>();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty previewEmptyText = new SimpleStringProperty("");
    private final StringProperty reportEmptyText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    private TaskRunner.Handle running;
    private int generation;
    private int active;
    private boolean loading;

    public ImportWizardViewModel(CsvImporter<C, P, R> importer, TaskRunner runner, Messages messages) {
        this.importer = importer;
        this.runner = runner;
        this.messages = messages;
        this.separator.set(CsvFormat.defaultSeparator(messages.locale()));
        this.previewEmptyText.set(messages.get("import.preview.empty"));
        canImport = Bindings.createBooleanBinding(() -> plan.get() != null && plan.get().canImport() && !busy.get()
                && !finished.get(), plan, busy, finished);
        separator.addListener((o, a, b) -> formatChanged());
        charset.addListener((o, a, b) -> formatChanged());
        policy.addListener((o, a, b) -> check());
        policyHint.bind(policy.map(this::hint).orElse(""));
        skipInvalid.addListener((o, a, b) -> check());
        awardPoints.addListener((o, a, b) -> check());
    }

    /** The importer's own text for {@code suffix} ({@code purchaseImport.title}), else the customer import's. */
    public String text(String suffix, Object... args) {
        String own = importer.textPrefix() + suffix;
        return messages.get(messages.has(own) ? own : "import." + suffix, args);
    }

    /** The bundle prefix of the duplicate policies' names. */
    public String policyPrefix() {
        String own = importer.textPrefix() + "policy.";
        return messages.has(own + DuplicatePolicy.SKIP.name()) ? own : "import.policy.";
    }

    /**
     * What the chosen policy does to a stored customer ("Filled cells replace the stored value; empty
     * cells … change nothing"); empty where the importer has no such text.
     */
    private String hint(DuplicatePolicy chosen) {
        String key = policyPrefix() + chosen.name() + ".hint";
        return messages.has(key) ? messages.get(key) : "";
    }

    /** The choices of each column's mapping box. */
    public List<C> columns() {
        return importer.columns();
    }

    /** Whether the "award points" option applies (purchases). */
    public boolean offersPoints() {
        return importer.offersPoints();
    }

    /** Reads the start of a file: guesses its format, shows the preview, maps the columns, checks it. */
    public void open(Path path) {
        file.set(path);
        int current = ++generation;
        start("importPreview", p -> {
            CsvFormat format = CsvFormat.detect(path);
            return new Loaded(format, CsvTableReader.preview(path, format, importer::isHeader, PREVIEW_ROWS));
        }, loaded -> {
            if (current != generation) {
                return;
            }
            loading = true;
            separator.set(loaded.format().separator());
            charset.set(loaded.format().charset());
            loading = false;
            show(loaded.preview());
        });
    }

    private record Loaded(CsvFormat format, CsvTableReader.Preview preview) {
    }

    private void formatChanged() {
        Path path = file.get();
        if (loading || path == null || importing.get()) {
            return;
        }
        CsvFormat format = new CsvFormat(separator.get(), charset.get());
        int current = ++generation;
        start("importPreview", p -> CsvTableReader.preview(path, format, importer::isHeader, PREVIEW_ROWS), preview -> {
            if (current == generation) {
                show(preview);
            }
        });
    }

    private void show(CsvTableReader.Preview preview) {
        previewRows.clear();
        boolean readable = !preview.header().isEmpty();
        // What the empty tables say: nothing to show in a file without a header is no "no problems".
        previewEmptyText.set(messages.get(readable ? "import.preview.noRows" : "import.preview.nothing"));
        reportEmptyText.set(readable ? messages.get("import.report.empty") : "");
        if (!readable) {
            header.clear();
            mapping.clear();
            plan.set(null);
            report.setAll(preview.problems().stream().map(p -> ImportReport.line(messages, p)).toList());
            summary.set("");
            status.set(messages.get(preview.problems().isEmpty() ? "import.empty" : "import.unreadable"));
            return;
        }
        header.setAll(preview.header());
        mapping.setAll(importer.autoMap(preview.header()));
        previewRows.setAll(preview.rows());
        check();
    }

    /** The user picked another column for header position {@code index} ({@code null}: ignore it). */
    public void map(int index, C column) {
        if (importing.get()) {
            return;
        }
        if (column != null) {
            for (int i = 0; i < mapping.size(); i++) {
                if (i != index && mapping.get(i) == column) {
                    mapping.set(i, null);
                }
            }
        }
        mapping.set(index, column);
        check();
    }

    /**
     * Checks the whole file as it would be imported; nothing is written. Not while importing: the new
     * check would take Cancel over, and the import could no longer be stopped.
     */
    public void check() {
        if (importing.get()) {
            return;
        }
        Path path = file.get();
        plan.set(null);
        report.clear();
        summary.set("");
        if (path == null || header.isEmpty()) {
            return;
        }
        CsvFormat format = new CsvFormat(separator.get(), charset.get());
        List<C> columns = new ArrayList<>(mapping);
        ImportOptions options = new ImportOptions(policy.get(), skipInvalid.get(), awardPoints.get());
        int current = ++generation;
        status.set(messages.get("import.checking"));
        // Not "no problems found" while a big file is still being read (160,000 rows: some seconds).
        reportEmptyText.set(messages.get("import.report.checking"));
        start("check", p -> importer.plan(path, format, columns, options, p), checked -> {
            if (current != generation) {
                return;
            }
            reportEmptyText.set(messages.get("import.report.empty"));
            plan.set(checked);
            List<String> lines = new ArrayList<>();
            for (RowProblem problem : checked.problems()) {
                lines.add(ImportReport.line(messages, problem));
            }
            for (RowProblem notice : checked.notices()) {
                lines.add(ImportReport.line(messages, notice));
            }
            report.setAll(lines);
            summary.set(importer.summary(messages, checked));
            status.set(text(statusKey(checked)));
        });
    }

    private static String statusKey(ImportCheck checked) {
        if (checked.canImport()) {
            return checked.problems().isEmpty() ? "ready" : "readySkipping";
        }
        if (!checked.complete()) {
            // A needed column without a column of the file: the file was read, it waits for the mapping.
            return checked.problems().stream().anyMatch(RowProblem::isMissingColumn) ? "mapColumnsFirst"
                    : "unreadable";
        }
        if (checked.dataRows() == 0) {
            return "noRows";
        }
        return checked.problems().isEmpty() ? "nothingToImport" : "fixFirst";
    }

    /** Writes the checked plan in one transaction; {@code onDone} gets the result. */
    public void importNow(Consumer<R> onDone) {
        P checked = plan.get();
        if (checked == null || !checked.canImport() || busy.get()) {
            return;
        }
        importing.set(true);
        status.set(messages.get("import.running"));
        start("import", p -> importer.execute(checked, p), result -> {
            importing.set(false);
            finished.set(true);
            status.set(importer.done(messages, result));
            onDone.accept(result);
        });
    }

    /** Stops the running check or import; an import stopped this way has written nothing. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(String title, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        active++;
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        TaskRunner.Handle[] handle = new TaskRunner.Handle[1];
        handle[0] = runner.submit(title, work, result -> {
            finish(handle[0]);
            onSuccess.accept(result);
        }, error -> {
            finish(handle[0]);
            failed(error);
        });
        if (handle[0] != null && busy.get()) {
            running = handle[0];
            progress.bind(handle[0].progressProperty());
        }
    }

    private void finish(TaskRunner.Handle handle) {
        active = Math.max(0, active - 1);
        if (handle == null || handle == running) {
            progress.unbind();
            progress.set(0);
            running = null;
        }
        busy.set(active > 0);
    }

    private void failed(Throwable error) {
        boolean wasImporting = importing.get();
        importing.set(false);
        if (!wasImporting && report.isEmpty()) {
            // a check that did not end found nothing yet: the status line says why
            reportEmptyText.set("");
        }
        Optional<String> cannotRetry = ErrorTexts.whenRetryCannotHelp(error, messages);
        if (error instanceof CancellationException) {
            status.set(messages.get(wasImporting ? "import.cancelled" : "import.checkCancelled"));
        } else if (error instanceof ConcurrentEditException) {
            status.set(text("concurrent"));
        } else if (cannotRetry.isPresent()) {
            // It said "The import failed: org.h2.jdbc.JdbcBatchUpdateException: General error: …"
            status.set(cannotRetry.get());
        } else if (error instanceof IOException) {
            status.set(messages.get("import.cannotRead", FileFailures.readReason(error, messages)));
        } else {
            status.set(messages.get(wasImporting ? "import.failed" : "import.checkFailed",
                    String.valueOf(error.getMessage())));
        }
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<Character> separatorProperty() { return separator; }
    public ObjectProperty<Charset> charsetProperty() { return charset; }
    public ObjectProperty<DuplicatePolicy> policyProperty() { return policy; }
    public ReadOnlyStringProperty policyHintProperty() { return policyHint; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public BooleanProperty awardPointsProperty() { return awardPoints; }
    public ObservableList<String> header() { return header; }
    public ObservableList<List<String>> previewRows() { return previewRows; }
    public ObservableList<C> mapping() { return mapping; }
    public ObjectProperty<P> planProperty() { return plan; }
    public ObservableList<String> report() { return report; }
    public StringProperty summaryProperty() { return summary; }

    /** What the empty preview says: no file yet, a file without a readable header, or no rows below it. */
    public StringProperty previewEmptyTextProperty() { return previewEmptyText; }

    /**
     * What the empty problem list says: no problems, that the file is being checked, or nothing while
     * the file cannot be read at all or its check did not end.
     */
    public StringProperty reportEmptyTextProperty() { return reportEmptyText; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty importingProperty() { return importing; }
    public DoubleProperty progressProperty() { return progress; }
    public BooleanProperty finishedProperty() { return finished; }
    public BooleanBinding canImportProperty() { return canImport; }
}
