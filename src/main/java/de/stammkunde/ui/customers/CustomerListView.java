package de.stammkunde.ui.customers;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.ComboWidths;
import de.stammkunde.ui.common.EnumCells;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.TableWidths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/** The customer list: binds the table, search field and filters to {@link CustomerListViewModel}. */
public final class CustomerListView {

    /** Ctrl+N (Cmd+N) from anywhere in the list's screen: a new customer, without the mouse. */
    private static final KeyCombination NEW_CUSTOMER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Narrower than this, the search field gets a row of its own and the filters wrap below it. */
    private static final double MIN_SEARCH_WIDTH = 240;

    private final CustomerListViewModel viewModel;
    private final CustomerListActions actions;
    private final Messages messages;

    @FXML private BorderPane listRoot;
    @FXML private FlowPane searchRow;
    @FXML private TextField searchField;
    @FXML private ComboBox<CustomerStatus> statusFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ComboBox<ConsentChannel> consentFilter;
    @FXML private ComboBox<ArchiveFilter> archiveFilter;
    @FXML private TableView<CustomerListRow> table;
    @FXML private TableColumn<CustomerListRow, String> numberColumn;
    @FXML private TableColumn<CustomerListRow, String> nameColumn;
    @FXML private TableColumn<CustomerListRow, String> companyColumn;
    @FXML private TableColumn<CustomerListRow, String> postcodeColumn;
    @FXML private TableColumn<CustomerListRow, String> cityColumn;
    @FXML private TableColumn<CustomerListRow, String> phoneColumn;
    @FXML private TableColumn<CustomerListRow, String> emailColumn;
    @FXML private TableColumn<CustomerListRow, String> statusColumn;
    @FXML private Label countLabel;
    @FXML private Label emptyLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button archiveButton;
    @FXML private Button mergeButton;
    /** Shown for one archived customer only: erasing starts from the archive, never by a slip in the list. */
    @FXML private Button eraseButton;
    @FXML private SplitMenuButton importButton;
    @FXML private Button exportButton;
    @FXML private Button couponButton;
    @FXML private Label keyboardHint;

    /** The customer last selected and where, to select them again after a reload. */
    private long lastSelectedId = -1;
    private int lastSelectedIndex = -1;
    /** The customer just created from here, to be shown once the list has them; -1 for none. */
    private long created = -1;

    public CustomerListView(CustomerListViewModel viewModel, CustomerListActions actions, Messages messages) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        newButton.setGraphic(AppIcon.NEW_CUSTOMER.node());
        editButton.setGraphic(AppIcon.EDIT.node());
        archiveButton.setGraphic(AppIcon.ARCHIVE.node());
        mergeButton.setGraphic(AppIcon.MERGE.node());
        eraseButton.setGraphic(AppIcon.ERASE.node());
        importButton.setGraphic(AppIcon.IMPORT.node());
        exportButton.setGraphic(AppIcon.EXPORT.node());
        couponButton.setGraphic(AppIcon.COUPONS.node());
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        EnumCells.setUp(statusFilter, CustomerStatus.values(), messages, "status.", "filter.status.all");
        EnumCells.setUp(consentFilter, ConsentChannel.values(), messages, "filter.consent.", "filter.consent.all");
        EnumCells.setUp(archiveFilter, ArchiveFilter.values(), messages, "filter.archive.");
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        consentFilter.valueProperty().bindBidirectional(viewModel.consentProperty());
        archiveFilter.valueProperty().bindBidirectional(viewModel.archiveProperty());
        setUpTagFilter();
        fitSearchField();
        setUpColumns();
        table.setItems(viewModel.rows());
        // The list starts sorted by name (new items clear the order): the header and the sort menu say so.
        table.getSortOrder().setAll(nameColumn);
        TableSortMenu.install(table, messages);
        // The header is short ("No." in English), for every column to fit a 1024-pixel screen; the menu says it all.
        TableSortMenu.named(numberColumn, messages.get("customer.field.number"));
        // As wide as a status in the user's language: wider for "Interessent", narrower for "Prospect", which
        // leaves the room to the names; with archived customers listed, as wide as "Aktiv · archiviert" (it
        // was "Aktiv · arc…").
        fitStatusColumn(archiveFilter.getValue());
        archiveFilter.valueProperty().addListener((o, old, now) -> fitStatusColumn(now));
        // Only archived ones listed, Del does nothing: the hint said "Entf archiviert" there too.
        keyboardHint.textProperty().bind(Bindings.createStringBinding(() -> FullText.partsKeptTogether(messages.get(
                archiveFilter.getValue() == ArchiveFilter.ARCHIVED_ONLY ? "customers.keyboardHintArchived"
                        : "customers.keyboardHint")), archiveFilter.valueProperty()));
        TableWidths.fitOrScroll(table, TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Only archived ones listed and none found: "or create one with “New …”" would not show there either.
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                viewModel.noCustomersYetProperty().get() ? "customers.none"
                        : archiveFilter.getValue() == ArchiveFilter.ARCHIVED_ONLY ? "customers.emptyArchived"
                        : "customers.empty"), viewModel.noCustomersYetProperty(), archiveFilter.valueProperty()));
        countLabel.textProperty().bind(viewModel.countProperty().asString().map(
                n -> messages.get("customers.count", Integer.parseInt(n))));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CustomerListRow>) c -> {
            updateButtons();
            viewModel.chosenProperty().set(chosenIds());
        });
        viewModel.chosenProperty().addListener((o, old, ids) -> choose(ids));
        updateButtons();
        // Wherever the focus is in the list's screen: from a filter just chosen or a button just pressed, Ctrl+N did
        // nothing (and the name then typed went nowhere).
        listRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_CUSTOMER.match(e)) {
                newCustomer();
                e.consume();
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        table.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                // Later: the focus may come while the selection is being changed (see updateButtons).
                Platform.runLater(this::selectWhereTheFocusIs);
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            CustomerListRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                lastSelectedId = row.id();
                lastSelectedIndex = index.intValue();
            }
        });
        // After the table's own listener, which cleared the selection; before a focus moved here picks a row.
        viewModel.rows().addListener((ListChangeListener<CustomerListRow>) c -> selectAfterReload());
        table.setRowFactory(t -> {
            TableRow<CustomerListRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem().id());
                }
            });
            return row;
        });
        viewModel.refresh();
    }

    private void setUpTagFilter() {
        tagFilter.getItems().add(null);
        viewModel.tags().addListener((ListChangeListener<String>) c -> {
            String selected = tagFilter.getValue();
            tagFilter.getItems().setAll(viewModel.tags());
            tagFilter.getItems().add(0, null);
            tagFilter.setValue(selected);
        });
        EnumCells.setUpTagFilter(tagFilter, messages);
        tagFilter.valueProperty().bindBidirectional(viewModel.tagProperty());
    }

    /** The search field takes what the filters leave of the row, or the whole row when that is too little. */
    private void fitSearchField() {
        List<ComboBox<?>> filters = List.of(statusFilter, tagFilter, consentFilter, archiveFilter);
        filters.forEach(ComboWidths::asWideAsItsValue);
        Runnable fit = () -> {
            double row = searchRow.getWidth() - searchRow.getInsets().getLeft() - searchRow.getInsets().getRight();
            // a few pixels spare: the row lays its children out at whole pixels, and a sum one pixel over
            // puts the last filter alone on a second line
            double left = row - filters.stream().mapToDouble(f -> f.prefWidth(-1) + searchRow.getHgap()).sum() - 6;
            searchField.setPrefWidth(Math.max(0, left >= MIN_SEARCH_WIDTH ? left : row));
        };
        searchRow.widthProperty().addListener(o -> fit.run());
        filters.forEach(f -> f.widthProperty().addListener(o -> fit.run()));
    }

    private void setUpColumns() {
        Map<TableColumn<CustomerListRow, String>, SortKey> keys = Map.of(numberColumn, SortKey.NUMBER, nameColumn,
                SortKey.NAME, companyColumn, SortKey.COMPANY, postcodeColumn, SortKey.POSTCODE, cityColumn,
                SortKey.CITY, phoneColumn, SortKey.PHONE, emailColumn, SortKey.EMAIL, statusColumn, SortKey.STATUS);
        column(numberColumn, CustomerListRow::number);
        column(nameColumn, CustomerListRow::displayName);
        column(companyColumn, CustomerListRow::company);
        column(postcodeColumn, CustomerListRow::postcode);
        column(cityColumn, CustomerListRow::city);
        column(phoneColumn, r -> r.phone().isEmpty() ? r.mobile() : r.phone());
        column(emailColumn, CustomerListRow::email);
        column(statusColumn, r -> messages.get("status." + r.status().name())
                + (r.archived() ? " · " + messages.get("customers.archivedMark") : ""));
        // What people typed may be longer than a small window's column: hovering shows it in full.
        FullText.inCells(nameColumn, companyColumn, cityColumn, emailColumn, statusColumn);
        // The order comes from the view model, which sorts all matches in the background. Handled (consumed)
        // here, before the table's own sort: that compares the selection before and after one by one, and
        // froze the window for 9 s with 100,000 customers selected (Ctrl+A) when a header was clicked.
        table.setOnSort(e -> {
            if (table.getSortOrder().isEmpty()) {
                viewModel.sortBy(SortKey.NAME, true);
            } else {
                TableColumn<CustomerListRow, ?> first = table.getSortOrder().get(0);
                viewModel.sortBy(keys.getOrDefault(first, SortKey.NAME),
                        first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            e.consume();
        });
    }

    private static void column(TableColumn<CustomerListRow, String> column, Function<CustomerListRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private void searchKey(KeyEvent e) {
        if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !viewModel.rows().isEmpty()) {
            // Down or Enter goes into the list; with nothing listed the cursor stays in the search field.
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
            }
            if (e.getCode() == KeyCode.ENTER && viewModel.rows().size() == 1) {
                actions.edit(viewModel.rows().get(0).id());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            searchField.clear();
            e.consume();
        }
    }

    private void tableKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            CustomerListRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                actions.edit(row.id());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()) {
            // F2 edits, as at the counter.
            editSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.F7 && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            // F7 the customer's card, as at the counter and in the form.
            CustomerListRow row = table.getSelectionModel().getSelectedItem();
            if (table.getSelectionModel().getSelectedItems().size() == 1 && row != null) {
                actions.card(row);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown()) {
            archiveSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            searchField.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.UP && table.getSelectionModel().getSelectedIndex() <= 0) {
            searchField.requestFocus();
            e.consume();
        } else if (e.getText() != null && !e.getText().isBlank() && !e.isShortcutDown() && !e.isAltDown()) {
            // Typing in the table goes on typing in the search field.
            searchField.requestFocus();
            searchField.appendText(e.getText());
            searchField.positionCaret(searchField.getText().length());
            e.consume();
        }
    }

    private List<Long> chosenIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(CustomerListRow::id).toList();
    }

    /** Chooses these customers again after the list was loaded anew, the cursor on the first. */
    private void choose(List<Long> ids) {
        if (ids.equals(chosenIds())) {
            return;
        }
        Set<Long> wanted = new HashSet<>(ids);
        int[] indices = IntStream.range(0, table.getItems().size())
                .filter(i -> wanted.contains(table.getItems().get(i).id())).toArray();
        table.getSelectionModel().clearSelection();
        if (indices.length > 0) {
            table.getSelectionModel().selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
            table.getFocusModel().focus(indices[0]);
        }
        if (indices.length > 0 && wanted.contains(created)) {
            // The customer just created: in view, with the focus, ready for Enter, F2 or Del.
            inTheMiddle(indices[0]);
            table.requestFocus();
        }
        created = -1;
    }

    /**
     * With the focus in the list and nothing selected (Tab into it), the row
     * the focus is on gets selected, the first one else: the user sees where they are, and Edit, Archive
     * and Enter have a customer to act on.
     */
    private void selectWhereTheFocusIs() {
        if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            int focused = table.getFocusModel().getFocusedIndex();
            select(focused >= 0 && focused < table.getItems().size() ? focused : 0);
        }
    }

    /**
     * A reload under the cursor (a customer saved, archived with Del) clears the selection: with the focus
     * in the list, the customer selected before is selected again, or the one now in its place.
     */
    private void selectAfterReload() {
        if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            List<CustomerListRow> rows = table.getItems();
            int same = IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == lastSelectedId)
                    .findFirst().orElse(-1);
            select(same >= 0 ? same : Math.min(Math.max(lastSelectedIndex, 0), rows.size() - 1));
        }
    }

    private void fitStatusColumn(ArchiveFilter shown) {
        String mark = shown == null || shown == ArchiveFilter.ACTIVE_ONLY ? ""
                : " · " + messages.get("customers.archivedMark");
        TableWidths.fitTexts(statusColumn, Arrays.stream(CustomerStatus.values())
                .map(status -> messages.get("status." + status.name()) + mark).toList());
    }

    private void select(int row) {
        table.getSelectionModel().clearAndSelect(row);
        table.getFocusModel().focus(row);
        // Only as far as needed to bring the row into view: scrollTo made it the top row, and after Del the rows
        // above the next customer went out of view.
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            table.scrollTo(row);
        }
    }

    /**
     * Scrolls {@code row} to the middle of the list, with the customers before and after it in view: as the top
     * row, a new "Mueller, Alena" hid the "Müller, Alena" just above her, whom she might be.
     */
    private void inTheMiddle(int row) {
        int shown = table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null
                ? flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex() : 0;
        // the table's own scrollTo (the row at the top), as it waits for the rows just listed to be laid out
        table.scrollTo(Math.max(0, row - shown / 2));
    }

    private void updateButtons() {
        var selected = table.getSelectionModel().getSelectedItems();
        editButton.setDisable(selected.size() != 1);
        archiveButton.setDisable(selected.size() != 1);
        mergeButton.setDisable(selected.size() != 2);
        couponButton.setDisable(selected.isEmpty());
        // "Coupon for 3 customers …": "Coupon for the selected …" read as a text cut short.
        couponButton.setText(messages.get("customers.coupon", selected.size()));
        boolean archived = selected.size() == 1 && selected.get(0).archived();
        archiveButton.setText(messages.get(archived ? "customers.unarchive" : "customers.archive"));
        archiveButton.setGraphic((archived ? AppIcon.UNARCHIVE : AppIcon.ARCHIVE).node());
        boolean eraseGoes = hasFocus(eraseButton) && !archived;
        eraseButton.setVisible(archived);
        eraseButton.setManaged(archived);
        // Merging needs two customers, erasing one archived: erase takes merge's place, so the buttons keep to their
        // line and the list does not jump under the mouse.
        mergeButton.setVisible(!archived);
        mergeButton.setManaged(!archived);
        if (eraseGoes || Stream.of(editButton, archiveButton, mergeButton, couponButton)
                .anyMatch(b -> hasFocus(b) && b.isDisabled())) {
            // The customer just archived, erased or merged away is gone, and so is the button's use: the focus goes
            // back to the list (the search field when it is empty) instead of on to "Import".
            (table.getItems().isEmpty() ? searchField : table).requestFocus();
        }
    }

    /**
     * The button is where the keyboard is, also while a dialog of ours still has the window's focus (the
     * question before, the report after): then isFocused() is false, and JavaFX passed the focus on to "Import".
     */
    private static boolean hasFocus(Node button) {
        return button.getScene() != null && button.getScene().getFocusOwner() == button;
    }

    public void focusSearch() {
        Platform.runLater(() -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
    }

    /**
     * Ctrl+N or "New": after Save the new customer is chosen in the list and shown; before, the list
     * was loaded again with nobody chosen and the focus back in the search field.
     */
    @FXML
    private void newCustomer() {
        actions.create(viewModel.rows().isEmpty() ? searchField.getText() : "", saved -> {
            created = saved.id();
            viewModel.refreshChoosing(saved.id());
        });
    }

    @FXML
    private void editSelected() {
        CustomerListRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            actions.edit(row.id());
        }
    }

    @FXML
    private void toggleArchive() {
        CustomerListRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            actions.toggleArchive(row);
        }
    }

    /** Del: the selected customer into the archive, after the same question as the button asks (not back out). */
    private void archiveSelected() {
        CustomerListRow row = table.getSelectionModel().getSelectedItem();
        if (table.getSelectionModel().getSelectedItems().size() == 1 && row != null && !row.archived()) {
            actions.toggleArchive(row);
        }
    }

    @FXML
    private void erase() {
        CustomerListRow row = table.getSelectionModel().getSelectedItem();
        if (table.getSelectionModel().getSelectedItems().size() == 1 && row != null && row.archived()) {
            actions.erase(row);
        }
    }

    @FXML
    private void merge() {
        var selected = table.getSelectionModel().getSelectedItems();
        if (selected.size() == 2) {
            actions.merge(selected.get(0), selected.get(1));
        }
    }

    @FXML
    private void importCsv() {
        actions.importCsv();
    }

    @FXML
    private void importPurchases() {
        actions.importPurchases();
    }

    @FXML
    private void campaign() {
        if (!table.getSelectionModel().isEmpty()) {
            actions.campaign(table.getSelectionModel().getSelectedItems());
        }
    }

    @FXML
    private void exportCsv() {
        actions.exportCsv(viewModel.query(), chosenIds());
    }
}
