package de.stammkunde.ui.purchases;

import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.YearSum;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.common.SortKeyed;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.TableWidths;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The purchase history window: binds the timeline, year sums, items and the refund to its ViewModel. */
public final class PurchaseHistoryView {

    private final PurchaseHistoryViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Formats formats;

    @FXML private FlowPane yearsPane;
    @FXML private TableView<Purchase> table;
    @FXML private TableColumn<Purchase, SortKeyed> dateColumn;
    @FXML private TableColumn<Purchase, String> receiptColumn;
    @FXML private TableColumn<Purchase, SortKeyed> totalColumn;
    @FXML private TableColumn<Purchase, String> couponColumn;
    @FXML private TableColumn<Purchase, SortKeyed> pointsColumn;
    @FXML private TableColumn<Purchase, SortKeyed> paidColumn;
    @FXML private TableColumn<Purchase, String> paymentColumn;
    @FXML private TableColumn<Purchase, String> stateColumn;
    @FXML private Label itemsLabel;
    @FXML private ListView<PurchaseItem> itemsList;
    @FXML private TextField reasonField;
    @FXML private Button refundButton;
    @FXML private Label messageLabel;
    @FXML private Tab pointsTab;
    @FXML private Button closeButton;

    public PurchaseHistoryView(PurchaseHistoryViewModel viewModel, DialogService dialogs, Messages messages,
            Formats formats) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        TableSortMenu.installSorted(table, viewModel.rows(), messages);
        SortKeyed.column(dateColumn, viewModel::whenText, Purchase::purchasedAt);
        column(receiptColumn, Purchase::receiptNumber);
        SortKeyed.column(totalColumn, p -> formats.money(p.total()), Purchase::total);
        column(couponColumn, this::couponText);
        SortKeyed.column(pointsColumn, viewModel::pointsText,
                p -> p.pointsEarned() - p.pointsRedeemed());
        SortKeyed.column(paidColumn, p -> formats.money(p.paid()), Purchase::paid);
        column(paymentColumn, p -> messages.get("payment." + p.paymentMethod().name()));
        column(stateColumn, this::stateText);
        // A coupon with its free item, a refund with its reason: hovering shows what a narrow column cuts.
        FullText.inCells(receiptColumn, couponColumn, paymentColumn, stateColumn);
        // On a 1024-pixel screen a sale that earned and redeemed points showed "+19 / −1…" beside an empty status.
        // The columns but the status take the width of their texts and no more: the rest goes to the status, for a
        // refund's reason ("Erstattung: wr…" beside an empty coupon column 215 pixels wide before).
        for (TableColumn<Purchase, ?> column : List.of(dateColumn, receiptColumn, totalColumn, couponColumn,
                pointsColumn, paidColumn, paymentColumn)) {
            TableWidths.fitContentOnly(column);
        }
        TableWidths.fitOrScroll(table, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Purchase item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("refund-row", "refunded-row");
                if (!empty && item != null) {
                    getStyleClass().add(item.isRefund() ? "refund-row" : item.isRefunded() ? "refunded-row" : "");
                }
            }
        });
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        table.setPlaceholder(empty);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> viewModel.selectedProperty().set(b));
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
            itemsList.getItems().setAll(b == null ? java.util.List.of() : b.items());
        });
        itemsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PurchaseItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("history.item", item.quantity().stripTrailingZeros()
                        .toPlainString(), item.description(), formats.money(item.unitPrice()),
                        formats.money(item.lineTotal())));
            }
        });
        Label noItems = new Label();
        noItems.textProperty().bind(viewModel.itemsEmptyTextProperty());
        itemsList.setPlaceholder(noItems);
        // A customer without purchases: no year sums and no line items around the list saying how to record one.
        for (Node items : List.of(yearsPane, itemsLabel, itemsList)) {
            items.visibleProperty().bind(viewModel.noPurchasesProperty().not());
            items.managedProperty().bind(items.visibleProperty());
        }
        viewModel.years().addListener((javafx.collections.ListChangeListener<YearSum>) c -> showYears());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        // No purchase, a refund or a sale already refunded chosen: nothing to give a reason for.
        reasonField.disableProperty().bind(viewModel.canRefundProperty().not());
        refundButton.disableProperty().bind(viewModel.canRefundProperty().not());
        // Greyed out under the caret (the sale just refunded): the focus goes back to the list, not to the tabs.
        // Asked of the scene: right after the confirmation the window itself may not have the focus back yet.
        viewModel.canRefundProperty().addListener((o, could, can) -> {
            Node owner = table.getScene() == null ? null : table.getScene().getFocusOwner();
            if (!can && (owner == reasonField || owner == refundButton)) {
                table.requestFocus();
            }
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
    }

    private String couponText(Purchase p) {
        if (p.couponCode().isEmpty()) {
            return "";
        }
        String discount = p.couponDiscount().signum() != 0 ? " " + formats.money(p.couponDiscount().negate()) : "";
        return CouponCodes.format(p.couponCode()) + discount + (p.freeItem().isBlank() ? "" : " + " + p.freeItem());
    }

    private String stateText(Purchase p) {
        if (p.isRefund()) {
            return p.note().isBlank() ? messages.get("history.state.refund")
                    : messages.get("history.state.refundWithReason", p.note());
        }
        return p.isRefunded() ? messages.get("history.state.refunded") : "";
    }

    private void showYears() {
        yearsPane.getChildren().clear();
        for (YearSum sum : viewModel.years()) {
            Label label = new Label(viewModel.yearText(sum));
            label.getStyleClass().add("year-chip");
            yearsPane.getChildren().add(label);
        }
    }

    /** The button, or Enter in the reason field (only for a sale that can still be refunded). */
    @FXML
    private void refund() {
        Purchase p = viewModel.selectedProperty().get();
        if (p == null || !viewModel.canRefundProperty().get()) {
            return;
        }
        if (!viewModel.readyToRefund()) {
            reasonField.requestFocus();
            return;
        }
        if (dialogs.confirmIrreversible(messages.get("history.refund.title"),
                viewModel.confirmText(p),
                messages.get("history.refund.yes"), messages.get("action.cancel"))) {
            viewModel.refundSelected();
        }
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }

    /** Puts the customer's points ledger into the second tab. */
    public void showPoints(Node ledger) {
        pointsTab.setContent(ledger);
    }

    public void focusTable() {
        table.requestFocus();
        if (!viewModel.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }
}
