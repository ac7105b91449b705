package de.stammkunde.ui.coupons;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.TableWidths;
import de.stammkunde.ui.common.Windows;
import de.stammkunde.ui.coupons.CampaignCouponsViewModel.CouponOrder;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/** The coupons of the chosen campaign, below the campaigns: binds table, filter and buttons to its ViewModel. */
public final class CampaignCouponsView {

    private final CampaignCouponsViewModel viewModel;
    private final Messages messages;

    @FXML private FlowPane couponsHeader;
    @FXML private Label couponsTitleLabel;
    @FXML private TextField couponFilterField;
    @FXML private TableView<CampaignCoupon> couponsTable;
    @FXML private TableColumn<CampaignCoupon, String> codeColumn;
    @FXML private TableColumn<CampaignCoupon, String> numberColumn;
    @FXML private TableColumn<CampaignCoupon, String> holderColumn;
    @FXML private TableColumn<CampaignCoupon, String> statusColumn;
    @FXML private Button couponPrintButton;
    @FXML private Button couponPdfButton;
    @FXML private Button couponPngButton;
    @FXML private Label couponMessageLabel;
    @FXML private Label couponsEmptyLabel;

    public CampaignCouponsView(CampaignCouponsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        couponPrintButton.setGraphic(AppIcon.PRINT.node());
        couponPdfButton.setGraphic(AppIcon.PDF.node());
        couponPngButton.setGraphic(AppIcon.IMAGE.node());
        column(codeColumn, viewModel::code);
        column(numberColumn, k -> k.customerNumber() == null ? "" : k.customerNumber());
        column(holderColumn, viewModel::holder);
        column(statusColumn, viewModel::status);
        FullText.inCells(holderColumn, statusColumn);
        couponsTable.setItems(viewModel.rows());
        TableSortMenu.install(couponsTable, messages);
        // The order comes from the view model, which sorts in the background (a campaign may have 100,000 coupons).
        Map<TableColumn<CampaignCoupon, String>, CouponOrder> orders = Map.of(codeColumn, CouponOrder.CODE,
                numberColumn, CouponOrder.NUMBER, holderColumn, CouponOrder.HOLDER, statusColumn, CouponOrder.STATUS);
        couponsTable.setSortPolicy(t -> {
            TableColumn<CampaignCoupon, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            viewModel.sortBy(first == null ? null : orders.get(first),
                    first == null || first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        // A code and a customer number take no more than they need: "wieder frei · Einlösung vom 24.11.2026
        // erstattet" needs the room. Codes are all alike; those of a long list are not measured (FXML minimum).
        TableWidths.fitContentOnly(codeColumn);
        TableWidths.fitContentOnly(numberColumn);
        TableWidths.fitOrScroll(couponsTable, TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        couponsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != couponsTable.getSelectionModel().getSelectedItem()) {
                couponsTable.getSelectionModel().select(now);
            }
        });
        couponFilterField.textProperty().bindBidirectional(viewModel.filterProperty());
        // Without a campaign (none made yet) the search finds nothing and Tab does not stop in the empty list.
        couponFilterField.disableProperty().bind(viewModel.campaignChosenProperty().not());
        couponsTable.focusTraversableProperty().bind(viewModel.campaignChosenProperty());
        // Down from the filter goes into the list, as in the customer list.
        // Tab into the list chooses its first coupon, as Down from the search does: else the first
        // Down lands on the second row and nothing seems chosen.
        couponsTable.focusedProperty().addListener((o, was, focused) -> {
            if (focused && couponsTable.getSelectionModel().isEmpty() && !couponsTable.getItems().isEmpty()) {
                couponsTable.getSelectionModel().selectFirst();
                couponsTable.getFocusModel().focus(0);
            }
        });
        couponFilterField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !couponsTable.getItems().isEmpty()) {
                couponsTable.requestFocus();
                if (couponsTable.getSelectionModel().isEmpty()) {
                    couponsTable.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        for (Button button : new Button[] {couponPrintButton, couponPdfButton, couponPngButton}) {
            button.disableProperty().bind(viewModel.canUseCouponProperty().not());
        }
        Windows.keepFocusThroughWork(viewModel.busyProperty(), couponPrintButton, couponPdfButton, couponPngButton);
        couponsTitleLabel.textProperty().bind(viewModel.titleProperty());
        // A title longer than the row ends in "…" rather than running past the window's edge.
        couponsTitleLabel.maxWidthProperty().bind(couponsHeader.widthProperty());
        couponsEmptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        couponMessageLabel.textProperty().bind(viewModel.messageProperty());
    }

    private static void column(TableColumn<CampaignCoupon, String> column, Function<CampaignCoupon, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void savePdf() {
        viewModel.savePdf();
    }

    @FXML
    private void savePng() {
        viewModel.savePng();
    }
}
