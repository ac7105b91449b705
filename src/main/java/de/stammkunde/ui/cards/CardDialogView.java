package de.stammkunde.ui.cards;

import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.FxImages;
import de.stammkunde.ui.common.TableSortMenu;
import de.stammkunde.ui.common.Windows;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import java.util.function.Function;

/** The card dialog: binds the preview, number, history and buttons to {@link CardDialogViewModel}. */
public final class CardDialogView {

    private final CardDialogViewModel viewModel;
    private final Messages messages;

    @FXML private ImageView cardImage;
    @FXML private Label noCardLabel;
    @FXML private Label numberCaption;
    @FXML private Label numberLabel;
    @FXML private Label issuedLabel;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button issueButton;
    @FXML private Button lostButton;
    @FXML private Button printButton;
    @FXML private Button pdfButton;
    @FXML private Button pngButton;
    @FXML private Button closeButton;
    @FXML private TableView<CardDialogViewModel.HistoryRow> historyTable;
    @FXML private TableColumn<CardDialogViewModel.HistoryRow, String> numberColumn;
    @FXML private TableColumn<CardDialogViewModel.HistoryRow, String> issuedColumn;
    @FXML private TableColumn<CardDialogViewModel.HistoryRow, String> blockedColumn;
    @FXML private TableColumn<CardDialogViewModel.HistoryRow, String> reasonColumn;

    public CardDialogView(CardDialogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        cardImage.imageProperty().bind(viewModel.previewProperty().map(FxImages::of));
        noCardLabel.visibleProperty().bind(viewModel.hasCardProperty().not().and(viewModel.loadedProperty()));
        numberLabel.textProperty().bind(viewModel.numberProperty());
        numberCaption.visibleProperty().bind(numberLabel.textProperty().isNotEmpty()); // no card: no caption
        issuedLabel.textProperty().bind(viewModel.issuedProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        issueButton.disableProperty().bind(viewModel.canIssueProperty().not());
        issueButton.visibleProperty().bind(viewModel.hasCardProperty().not());
        issueButton.managedProperty().bind(issueButton.visibleProperty());
        for (Button b : new Button[] {lostButton, printButton, pdfButton, pngButton}) {
            b.disableProperty().bind(viewModel.canUseCardProperty().not());
        }

        column(numberColumn, CardDialogViewModel.HistoryRow::number);
        column(issuedColumn, CardDialogViewModel.HistoryRow::issued);
        column(blockedColumn, CardDialogViewModel.HistoryRow::blocked);
        column(reasonColumn, CardDialogViewModel.HistoryRow::reason);
        TableSortMenu.installSorted(historyTable, viewModel.history(), messages);
        historyTable.setPlaceholder(new Label(messages.get("cards.history.none")));
        // Empty, the table took the first focus unseen and one Tab went to "Schließen" before any action.
        historyTable.focusTraversableProperty().bind(Bindings.isNotEmpty(viewModel.history()));
        viewModel.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                focusLikelyAction();
            }
        });
        viewModel.activeCardProperty().addListener((obs, old, card) -> {
            if (card != null && viewModel.loadedProperty().get()) {
                // a card just issued or a replacement: printing it is next (the issue button is gone)
                printButton.requestFocus();
            }
        });

        // Working disables the buttons and JavaFX passed the focus on to "Close": after "Save as PDF …",
        // Tab and Space went to "Card lost …". The command pressed keeps it.
        Windows.keepFocusThroughWork(viewModel.busyProperty(), issueButton, lostButton, printButton, pdfButton,
                pngButton);

        // Ctrl+P prints, Ctrl+S saves the PDF, once the dialog has its scene.
        closeButton.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        () -> fire(printButton));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        () -> fire(pdfButton));
            }
        });
    }

    /**
     * The likely command first: "Karte ausgeben" without a card, "Drucken …" with one (F7 at the counter is
     * mostly for printing it; "Karte verloren …" had the focus, a Space away from blocking the card).
     */
    private void focusLikelyAction() {
        for (Button b : new Button[] {issueButton, printButton, pdfButton, pngButton, lostButton}) {
            if (b.isVisible() && !b.isDisabled()) {
                b.requestFocus();
                return;
            }
        }
        closeButton.requestFocus();
    }

    private static void fire(Button button) {
        if (!button.isDisabled()) {
            button.fire();
        }
    }

    private static void column(TableColumn<CardDialogViewModel.HistoryRow, String> column,
            Function<CardDialogViewModel.HistoryRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }

    @FXML
    private void cardLost() {
        viewModel.cardLost();
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

    @FXML
    private void close() {
        ((Stage) closeButton.getScene().getWindow()).close();
    }
}
