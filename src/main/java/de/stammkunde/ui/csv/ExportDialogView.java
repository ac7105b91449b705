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
import java.util.concurrent.CancellationException;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    private final LocalDate today;

    @FXML private Label countLabel;
    @FXML private CheckListView<CustomerColumn> columnList;
    @FXML private ComboBox<Character> separatorBox;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button exportButton;
    @FXML private Button closeButton;

    private TaskRunner.Handle running;

    public ExportDialogView(ExportService exporter, TaskRunner runner, DialogService dialogs, Messages messages,
            CustomerQuery query, int count, LocalDate today) {
        this.exporter = exporter;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.query = query;
        this.count = count;
        this.today = today;
    }

    @FXML
    private void initialize() {
        countLabel.setText(messages.get("export.count", count));
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
        ExportService.Request request = new ExportService.Request(query, columns, separatorBox.getValue());
        exportButton.disableProperty().unbind();
        exportButton.setDisable(true);
        progressBar.setVisible(true);
        statusLabel.setText(messages.get("export.running"));
        running = runner.submit("export", p -> exporter.export(request, file, p), written -> {
            running = null;
            close();
            dialogs.showInfo(messages.get("export.title"), messages.get("export.done", written, file.toString()));
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

    private String failure(Throwable error, Path file) {
        if (error instanceof CancellationException) {
            return messages.get("export.cancelled");
        }
        if (error instanceof AccessDeniedException) {
            return messages.get("export.accessDenied", file.toString());
        }
        if (error instanceof IOException) {
            return messages.get("export.writeFailed", file.toString(), FileFailures.writeReason(error, messages));
        }
        return messages.get("error.unexpected", String.valueOf(error.getMessage()));
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
