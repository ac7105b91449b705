package de.stammkunde.ui.loyalty;

import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.common.SortKeyed;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.TableWidths;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** One customer's points ledger: binds the header, the table and the correction form to its ViewModel. */
public final class PointsLedgerView {

    private final PointsLedgerViewModel viewModel;
    private final Messages messages;
    private final Formats formats;

    @FXML private Label balanceLabel;
    @FXML private Label expiringLabel;
    @FXML private TableView<PointsLine> ledgerTable;
    @FXML private TableColumn<PointsLine, SortKeyed> whenColumn;
    @FXML private TableColumn<PointsLine, String> kindColumn;
    @FXML private TableColumn<PointsLine, SortKeyed> pointsColumn;
    @FXML private TableColumn<PointsLine, SortKeyed> remainingColumn;
    @FXML private TableColumn<PointsLine, SortKeyed> expiresColumn;
    @FXML private TableColumn<PointsLine, String> reasonColumn;
    @FXML private TableColumn<PointsLine, String> whoColumn;
    @FXML private TextField correctionPointsField;
    @FXML private TextField correctionReasonField;
    @FXML private Button bookButton;
    @FXML private Label correctionMessage;

    public PointsLedgerView(PointsLedgerViewModel viewModel, Messages messages, Formats formats) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        balanceLabel.textProperty().bind(viewModel.balanceTextProperty());
        expiringLabel.textProperty().bind(viewModel.expiringTextProperty());
        TableSortMenu.installSorted(ledgerTable, viewModel.rows(), messages);
        SortKeyed.column(whenColumn, viewModel::whenText, l -> l.entry().createdAt());
        column(kindColumn, viewModel::kindText);
        SortKeyed.column(pointsColumn, l -> viewModel.signed(l.entry().points()), l -> l.entry().points());
        SortKeyed.column(remainingColumn, viewModel::remaining, PointsLedgerViewModel::remainingKey);
        // "–" for points given back into the rows they came from says where they are when pointed at.
        remainingColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SortKeyed item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                PointsLine line = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(getIndex());
                String hint = line == null ? "" : viewModel.remainingHint(line);
                setTooltip(hint.isEmpty() ? null : new Tooltip(hint));
            }
        });
        SortKeyed.column(expiresColumn, l -> formats.date(l.entry().expiresOn()), l -> l.entry().expiresOn());
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.reasonText(c.getValue())));
        // The receipt, then the tier or the staff's words (a refund's reason): the whole text when it is cut off.
        reasonColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column(whoColumn, e -> e.createdBy() == null ? "" : e.createdBy());
        FullText.inCells(kindColumn, reasonColumn, whoColumn);
        // On a 1024-pixel screen the German headers showed as "Pun…" and "Verfällt …" beside a wide reason.
        for (TableColumn<PointsLine, ?> column : List.of(whenColumn, pointsColumn, remainingColumn, expiresColumn)) {
            TableWidths.fitContent(column);
        }
        TableWidths.fitOrScroll(ledgerTable, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        correctionPointsField.textProperty().bindBidirectional(viewModel.pointsProperty());
        correctionReasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        correctionMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((o, was, error) -> {
            correctionMessage.getStyleClass().remove("field-error");
            if (error) {
                correctionMessage.getStyleClass().add("field-error");
            }
        });
        bookButton.disableProperty().bind(viewModel.canBookProperty().not());
    }

    /** Loads the customer's points in the background. */
    public void show(long customerId) {
        viewModel.show(customerId);
    }

    private static void column(TableColumn<PointsLine, String> column, Function<PointsEntry, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue().entry())));
    }

    /** The button, or Enter in the points or reason field. */
    @FXML
    private void book() {
        if (!viewModel.canBookProperty().get()) {
            return;
        }
        viewModel.bookCorrection();
    }
}
