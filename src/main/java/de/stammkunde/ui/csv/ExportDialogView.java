package de.stammkunde.ui.csv;

import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.service.csv.ExportService;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.FileFailures;
import de.stammkunde.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/** Export of the current list: which columns, which separator, then where to save it. */
public final class ExportDialogView {

    private final ExportService exporter;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final CustomerQuery query;
    private final int count;
    private final Set<Long> selected;
    private final LocalDate today;

    @FXML private Label countLabel;
    @FXML private VBox scopeBox;
    @FXML private RadioButton selectedRadio;
    @FXML private RadioButton listRadio;
    @FXML private CheckListView<CustomerColumn> columnList;
    @FXML private ComboBox<Character> separatorBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button exportButton;
    @FXML private Button closeButton;

    private TaskRunner.Handle running;

    /**
     * {@code selected}: the ids of the customers selected in the list, if the user may export only those (empty
     * for no such choice).
     */
    public ExportDialogView(ExportService exporter, TaskRunner runner, DialogService dialogs, Messages messages,
            CustomerQuery query, int count, Set<Long> selected, LocalDate today) {
        this.exporter = exporter;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.query = query;
        this.count = count;
        this.selected = Set.copyOf(selected);
        this.today = today;
    }

    @FXML
    private void initialize() {
        countLabel.setText(messages.get("export.count", count));
        if (!selected.isEmpty()) {
            offerSelection();
        }
        columnList.getItems().setAll(Arrays.stream(CustomerColumn.values()).filter(CustomerColumn::exportable).toList());
        StringConverter<CustomerColumn> names = new StringConverter<>() {
            @Override
            public String toString(CustomerColumn column) {
                return column == null ? "" : messages.get(column.labelKey());
            }

            @Override
            public CustomerColumn fromString(String string) {
                return null;
            }
        };
        columnList.setCellFactory(list -> {
            CheckBoxListCell<CustomerColumn> cell = new CheckBoxListCell<>(columnList::getItemBooleanProperty, names);
            // The list ticks with Space; as Tab stops, the boxes in sight took ten Tabs to reach the buttons.
            cell.graphicProperty().addListener((obs, old, box) -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            return cell;
        });
        // Space ticks the selected column: with none selected, the first Space only selected it.
        columnList.getSelectionModel().select(0);
        // The list has the focus when the dialog opens and keeps Enter and Esc to itself: hand them
        // to Export and Cancel, as in every other dialog (Space ticks a column).
        columnList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Button button = event.getCode() == KeyCode.ENTER ? exportButton
                    : event.getCode() == KeyCode.ESCAPE ? closeButton : null;
            if (button != null && !event.isShortcutDown() && !event.isAltDown()) {
                event.consume();
                if (!button.isDisabled()) {
                    button.fire();
                }
            }
        });
        selectAll();
        separatorBox.getItems().setAll(CsvFormat.SEPARATORS);
        separatorBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : SeparatorNames.of(messages).apply(c);
            }

            @Override
            public Character fromString(String string) {
                return null;
            }
        });
        separatorBox.setValue(CsvFormat.defaultSeparator(messages.locale()));
        enableExportWithColumns();
    }

    /**
     * Someone who selected 5 customers for a letter wants those 5 in the file, not the 1,998 of the list: the
     * choice between them, the selection chosen.
     */
    private void offerSelection() {
        scopeBox.setVisible(true);
        scopeBox.setManaged(true);
        selectedRadio.setText(messages.get("export.scope.selected", selected.size()));
        listRadio.setText(messages.get("export.scope.list", count));
        selectedRadio.selectedProperty().addListener((obs, was, only) -> countLabel.setText(only
                ? messages.get("export.count.selected", selected.size()) : messages.get("export.count", count)));
        selectedRadio.setSelected(true);
    }

    /** The ids to export, null for the whole list. */
    private Set<Long> only() {
        return selectedRadio.isSelected() ? selected : null;
    }

    /** Export only with a column ticked: a file without columns ended in "An unexpected error occurred". */
    private void enableExportWithColumns() {
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(
                columnList.getCheckModel().getCheckedItems()));
    }

    @FXML
    private void selectAll() {
        columnList.getItems().stream().filter(CustomerColumn.EXPORT_DEFAULT::contains)
                .forEach(columnList.getCheckModel()::check);
    }

    @FXML
    private void selectNone() {
        columnList.getCheckModel().clearChecks();
    }

    @FXML
    private void export() {
        List<CustomerColumn> columns = columnList.getItems().stream()
                .filter(columnList.getCheckModel()::isChecked).toList();
        dialogs.chooseFileToSave(messages.get("export.title"), messages.get("export.fileName", today.toString()),
                messages.get("csv.filter"), "*.csv").ifPresent(file -> start(file, columns));
    }

    private void start(Path file, List<CustomerColumn> columns) {
        Set<Long> only = only();
        ExportService.Request request = new ExportService.Request(query, columns, separatorBox.getValue(), only);
        exportButton.disableProperty().unbind();
        exportButton.setDisable(true);
        progressBar.setVisible(true);
        statusLabel.setText(messages.get("export.running"));
        running = runner.submit("export", p -> exporter.export(request, file, p), written -> {
            running = null;
            close();
            dialogs.showInfo(messages.get("export.title"), done(written, only, file));
        }, error -> {
            running = null;
            progressBar.setVisible(false);
            enableExportWithColumns();
            statusLabel.setText(failure(error, file));
        });
        if (running != null) {
            progressBar.progressProperty().bind(running.progressProperty());
        }
    }

    /** How many went into the file, and if some selected are not among them, why. */
    private String done(long written, Set<Long> only, Path file) {
        String done = messages.get("export.done", written, file.toString());
        long gone = only == null ? 0 : only.size() - written;
        return gone > 0 ? done + " " + messages.get("export.selectionGone", gone) : done;
    }

    private String failure(Throwable error, Path file) {
        if (error instanceof CancellationException) {
            return messages.get("export.cancelled");
        }
        return writeFailure(error, file, messages)
                .orElseGet(() -> messages.get("error.unexpected", String.valueOf(error.getMessage())));
    }

    /** Why an export could not write {@code file}, when the file system said so; empty for any other failure. */
    static Optional<String> writeFailure(Throwable error, Path file, Messages messages) {
        if (error instanceof AccessDeniedException) {
            return Optional.of(messages.get("export.accessDenied", file.toString()));
        }
        if (error instanceof IOException) {
            return Optional.of(messages.get("export.writeFailed", file.toString(),
                    FileFailures.writeReason(error, messages)));
        }
        return Optional.empty();
    }

    @FXML
    private void close() {
        if (running != null) {
            running.cancel();
            return;
        }
        ((Stage) closeButton.getScene().getWindow()).close();
    }

    boolean isRunning() {
        return running != null;
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
