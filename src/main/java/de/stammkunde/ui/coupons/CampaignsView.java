package de.stammkunde.ui.coupons;

import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.common.SortKeyed;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.TableWidths;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The coupons screen: binds the campaign table and buttons to {@link CampaignsViewModel}. */
public final class CampaignsView {

    /** Opens the campaign form; {@code true} for the birthday campaign; the callback gets the one created. */
    public interface FormOpener {
        CampaignFormViewModel open(boolean birthday, Consumer<Campaign> afterCreate);
    }

    private final CampaignsViewModel viewModel;
    private final Parent coupons;
    private final FormOpener forms;
    private final DialogService dialogs;
    private final Messages messages;
    private final Formats formats;

    @FXML private SplitPane split;
    @FXML private TableView<CampaignStats> table;
    @FXML private TableColumn<CampaignStats, String> nameColumn;
    @FXML private TableColumn<CampaignStats, String> offerColumn;
    @FXML private TableColumn<CampaignStats, SortKeyed> validityColumn;
    @FXML private TableColumn<CampaignStats, String> targetColumn;
    @FXML private TableColumn<CampaignStats, SortKeyed> issuedColumn;
    @FXML private TableColumn<CampaignStats, SortKeyed> redeemedColumn;
    @FXML private TableColumn<CampaignStats, SortKeyed> revenueColumn;
    @FXML private Button newButton;
    @FXML private Button birthdayButton;
    @FXML private Button printButton;
    @FXML private Button pdfButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private Label emptyLabel;
    @FXML private Label keyboardHint;

    /** {@code coupons}: the coupons of the chosen campaign, shown below the campaigns. */
    public CampaignsView(CampaignsViewModel viewModel, Parent coupons, FormOpener forms, DialogService dialogs,
            Messages messages, Formats formats) {
        this.viewModel = viewModel;
        this.coupons = coupons;
        this.forms = forms;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        newButton.setGraphic(AppIcon.NEW_CAMPAIGN.node());
        birthdayButton.setGraphic(AppIcon.BIRTHDAY.node());
        printButton.setGraphic(AppIcon.PRINT.node());
        pdfButton.setGraphic(AppIcon.PDF.node());
        keyboardHint.setText(FullText.partsKeptTogether(keyboardHint.getText()));
        split.getItems().add(coupons);
        column(nameColumn, r -> r.campaign().name());
        column(offerColumn, viewModel::offer);
        SortKeyed.column(validityColumn, r -> breakingAfterTheDash(viewModel.validity(r.campaign())),
                r -> r.campaign().validFrom());
        column(targetColumn, viewModel::target);
        SortKeyed.column(issuedColumn, r -> formats.count(r.issued()), CampaignStats::issued);
        SortKeyed.column(redeemedColumn, viewModel::redeemed, CampaignStats::redeemed);
        redeemedColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SortKeyed item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                // the row's campaign: the cell holds only the column's text
                CampaignStats row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                        : getTableView().getItems().get(getIndex());
                String refunded = row == null ? "" : viewModel.refundedUses(row);
                setTooltip(refunded.isEmpty() ? null : new Tooltip(refunded));
            }
        });
        SortKeyed.column(revenueColumn, r -> formats.money(r.revenue()), CampaignStats::revenue);
        // In a small window a long name, offer or whom the campaign is for takes more lines, not "…"; so do
        // the dates, on two lines, to leave the name and whom it is for enough width for their words.
        FullText.wrappedInCells(nameColumn, offerColumn, validityColumn, targetColumn);
        TableSortMenu.installSorted(table, viewModel.rows(), messages);
        // The dates, counts and sums are never cut short, and take no more than their longest text or header:
        // the rest goes to the name, the offer and whom the campaign is for. Where that is too little for the
        // dates on one line as well, they take two.
        TableWidths.fitContentOrWrap(validityColumn);
        // Their lines break between words, not inside one ("Kaffee-Stammkun" above "den").
        for (TableColumn<CampaignStats, ?> column : List.of(nameColumn, offerColumn, targetColumn)) {
            TableWidths.wholeWords(column);
        }
        for (TableColumn<CampaignStats, ?> column : List.of(issuedColumn, redeemedColumn, revenueColumn)) {
            TableWidths.fitContentOnly(column);
        }
        TableWidths.fitOrScroll(table, TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> viewModel.selectedProperty()
                .set(now));
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        pdfButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.savingProperty()));
        printButton.disableProperty().bind(pdfButton.disableProperty());
        cancelButton.visibleProperty().bind(viewModel.savingProperty());
        cancelButton.managedProperty().bind(viewModel.savingProperty());
        progressBar.visibleProperty().bind(viewModel.savingProperty());
        progressBar.managedProperty().bind(viewModel.savingProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        table.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                // On the first visit the SplitPane's skin puts the table into the scene only after
                // shown() asked for the focus: ask again now, or the caret stays in the sidebar.
                table.requestFocus();
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::newCampaign);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::birthdayCampaign);
            }
        });
        viewModel.refresh();
    }

    /** "24 Nov – 24 Dec 2026" breaks onto a second line only after the dash, never inside a date. */
    private static String breakingAfterTheDash(String validity) {
        return validity.replace(' ', '\u00A0').replace("–\u00A0", "– ");
    }

    private static void column(TableColumn<CampaignStats, String> column, Function<CampaignStats, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** The screen is shown again: fresh statistics, focus on the table. */
    public void shown() {
        viewModel.refresh();
        table.requestFocus();
    }

    @FXML
    private void newCampaign() {
        forms.open(false, created -> viewModel.refresh());
    }

    @FXML
    private void birthdayCampaign() {
        forms.open(true, created -> viewModel.refresh());
    }

    @FXML
    private void savePdf() {
        dialogs.chooseFileToSave(messages.get("coupons.pdf.title"), viewModel.suggestedFileName(),
                messages.get("coupons.pdf.filter"), "*.pdf").ifPresent(viewModel::savePdf);
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
