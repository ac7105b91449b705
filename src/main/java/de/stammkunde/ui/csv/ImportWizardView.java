package de.stammkunde.ui.csv;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.ImportColumn;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.EnumCells;
import de.stammkunde.ui.common.TableWidths;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The import wizard's window: file and format on top, preview with mapping, report, progress. The
 * same window imports customers and purchases (its ViewModel's importer decides).
 */
public final class ImportWizardView {

    /** A preview column's least width. */
    private static final double MIN_COLUMN = 150;
    /** A mapping box's room besides its text: padding, the arrow button and the column's own padding. */
    private static final double BOX_CHROME = 72;

    private final ImportWizardViewModel<?, ?, ?> viewModel;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private BorderPane root;
    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private ComboBox<Charset> charsetBox;
    @FXML private ComboBox<Character> separatorBox;
    @FXML private ComboBox<DuplicatePolicy> policyBox;
    @FXML private CheckBox skipInvalidBox;
    @FXML private CheckBox awardPointsBox;
    @FXML private Label duplicatesLabel;
    @FXML private Label policyHintLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private Label summaryLabel;
    @FXML private Label previewEmptyLabel;
    @FXML private Label reportEmptyLabel;
    @FXML private ListView<String> reportList;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button importButton;
    @FXML private Button closeButton;
    /** The box to map each column of the file, in the preview's column headers, left to right. */
    private final List<Node> mappingBoxes = new ArrayList<>();

    public ImportWizardView(ImportWizardViewModel<?, ?, ?> viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        fileField.textProperty().bind(viewModel.fileProperty().asString().map(s -> "null".equals(s) ? "" : s));
        charsetBox.getItems().setAll(CsvFormat.CHARSETS);
        charsetBox.setConverter(converter(c -> messages.get(c.equals(CsvFormat.WINDOWS_1252)
                ? "import.encoding.windows1252" : c.equals(StandardCharsets.UTF_16) ? "import.encoding.utf16"
                : "import.encoding.utf8")));
        charsetBox.valueProperty().bindBidirectional(viewModel.charsetProperty());
        separatorBox.getItems().setAll(CsvFormat.SEPARATORS);
        separatorBox.setConverter(converter(SeparatorNames.of(messages)));
        separatorBox.valueProperty().bindBidirectional(viewModel.separatorProperty());
        EnumCells.setUp(policyBox, DuplicatePolicy.values(), messages, viewModel.policyPrefix());
        policyBox.valueProperty().bindBidirectional(viewModel.policyProperty());
        duplicatesLabel.setText(viewModel.text("duplicates"));
        policyHintLabel.textProperty().bind(viewModel.policyHintProperty());
        policyHintLabel.visibleProperty().bind(policyHintLabel.textProperty().isNotEmpty());
        policyHintLabel.managedProperty().bind(policyHintLabel.visibleProperty());
        skipInvalidBox.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
        awardPointsBox.setVisible(viewModel.offersPoints());
        awardPointsBox.setManaged(viewModel.offersPoints());
        awardPointsBox.selectedProperty().bindBidirectional(viewModel.awardPointsProperty());
        previewTable.setItems(viewModel.previewRows());
        viewModel.header().addListener((ListChangeListener<String>) change -> buildColumns(viewModel));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        previewEmptyLabel.textProperty().bind(viewModel.previewEmptyTextProperty());
        reportEmptyLabel.textProperty().bind(viewModel.reportEmptyTextProperty());
        reportList.setItems(viewModel.report());
        reportList.setCellFactory(list -> wrappingCell());
        // The lists take Esc for themselves (to end an edit there is none of here): it closes, as elsewhere.
        for (Node list : List.of(reportList, previewTable)) {
            list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    close();
                }
            });
        }
        statusLabel.textProperty().bind(viewModel.statusProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        // What the import was checked with stays as it is until it has ended.
        for (Node control : List.of(chooseButton, charsetBox, separatorBox, policyBox, skipInvalidBox, awardPointsBox)) {
            control.disableProperty().bind(viewModel.importingProperty());
        }
        closeButton.textProperty().bind(viewModel.busyProperty().map(b -> messages.get(b ? "action.cancel" : "action.close")));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::tabInOrder);
    }

    /**
     * Tab and Shift+Tab go as the wizard is worked through: file and format, the mapping box of every column from
     * left to right, the preview, the report, what happens to duplicates, the buttons. By itself Tab reached the
     * preview's rows first and its column headers' boxes only after them, since the boxes sit inside the table.
     */
    private void tabInOrder(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        List<Node> order = focusOrder();
        int at = order.indexOf(root.getScene().getFocusOwner());
        if (at < 0) {
            return;
        }
        int step = e.isShiftDown() ? -1 : 1;
        for (int i = 1; i < order.size(); i++) {
            Node next = order.get(Math.floorMod(at + step * i, order.size()));
            if (next.isVisible() && !next.isDisabled()) {
                e.consume();
                next.requestFocus();
                return;
            }
        }
    }

    private List<Node> focusOrder() {
        List<Node> order = new ArrayList<>(List.of(chooseButton, charsetBox, separatorBox));
        order.addAll(mappingBoxes);
        order.addAll(List.of(previewTable, reportList, policyBox, skipInvalidBox, awardPointsBox, importButton,
                closeButton));
        return order;
    }

    /**
     * A report line wraps at the list's width: a long one ran out of the list, its advice cut off
     * ("… please record the refund in Stam") behind a scroll bar.
     */
    private static ListCell<String> wrappingCell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        // No width of its own: the list gives each cell its width, and the cell takes the height it needs.
        cell.setPrefWidth(0);
        return cell;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }


    /** One table column per file column, headed by the file's header and a box to map it. */
    private <C extends ImportColumn> void buildColumns(ImportWizardViewModel<C, ?, ?> viewModel) {
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        List<Node> boxes = new ArrayList<>();
        List<C> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(viewModel.columns());
        List<String> choiceTexts = new ArrayList<>();
        choiceTexts.add(messages.get("import.ignore"));
        viewModel.columns().forEach(c -> choiceTexts.add(messages.get(c.labelKey())));
        for (int i = 0; i < viewModel.header().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setSortable(false);
            column.setPrefWidth(MIN_COLUMN);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            ComboBox<C> box = new ComboBox<>();
            box.setId("mapping" + index);
            box.getItems().setAll(choices);
            box.setConverter(converter(c -> messages.get(c.labelKey())));
            box.setButtonCell(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(C item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(item == null ? messages.get("import.ignore") : messages.get(item.labelKey()));
                }
            });
            // The open list names "ignore" too: by default it drew that first choice as an empty line.
            box.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(C item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null
                            : item == null ? messages.get("import.ignore") : messages.get(item.labelKey()));
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
            box.disableProperty().bind(viewModel.importingProperty());
            // Tab goes through every column's box: bring the one with the focus into view.
            box.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    previewTable.scrollToColumn(column);
                }
            });
            box.setValue(index < viewModel.mapping().size() ? viewModel.mapping().get(index) : null);
            box.valueProperty().addListener((o, before, chosen) -> {
                if (index < viewModel.mapping().size() && viewModel.mapping().get(index) != chosen) {
                    viewModel.map(index, chosen);
                }
            });
            viewModel.mapping().addListener((ListChangeListener<C>) change -> {
                if (index < viewModel.mapping().size()) {
                    box.setValue(viewModel.mapping().get(index));
                }
            });
            Label name = new Label(viewModel.header().get(index));
            name.getStyleClass().add("text-bold");
            // Once the theme has given the header its font: wide enough for every choice of the box.
            name.fontProperty().addListener((o, was, font) -> column.setPrefWidth(
                    Math.max(MIN_COLUMN, TableWidths.widest(font, choiceTexts) + BOX_CHROME)));
            VBox head = new VBox(4, name, box);
            column.setGraphic(head);
            columns.add(column);
            boxes.add(box);
        }
        previewTable.getColumns().setAll(columns);
        mappingBoxes.clear();
        mappingBoxes.addAll(boxes);
    }

    @FXML
    private void choose() {
        dialogs.chooseFileToOpen(viewModel.text("choose.title"), messages.get("csv.filter"),
                List.of("*.csv", "*.txt", "*.CSV")).ifPresent(viewModel::open);
    }

    @FXML
    private void importNow() {
        viewModel.importNow(result -> { });
    }

    @FXML
    private void close() {
        if (viewModel.busyProperty().get()) {
            viewModel.cancel();
        } else {
            ((Stage) closeButton.getScene().getWindow()).close();
        }
    }
}
