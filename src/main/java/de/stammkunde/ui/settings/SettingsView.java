package de.stammkunde.ui.settings;

import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.EuroSign;
import de.stammkunde.ui.common.Windows;
import de.stammkunde.ui.settings.SettingsViewModel.Field;
import de.stammkunde.ui.settings.SettingsViewModel.TierCell;
import de.stammkunde.ui.settings.SettingsViewModel.TierRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings screen: binds the form to its ViewModel; the tiers are one row of fields each. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Messages messages;

    @FXML private ScrollPane root;
    @FXML private TextField shopNameField;
    @FXML private Label shopNameError;
    @FXML private TextField pointsPerEuroField;
    @FXML private Label pointsPerEuroError;
    @FXML private TextField redeemPointsField;
    @FXML private TextField redeemValueField;
    @FXML private Label redeemValueEuro;
    @FXML private Label redeemError;
    @FXML private TextField minimumField;
    @FXML private Label minimumError;
    @FXML private TextField expiryField;
    @FXML private Label expiryError;
    @FXML private VBox tiersBox;
    @FXML private Button addTierButton;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    public SettingsView(SettingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        shopNameField.textProperty().bindBidirectional(viewModel.shopNameProperty());
        pointsPerEuroField.textProperty().bindBidirectional(viewModel.pointsPerEuroProperty());
        redeemPointsField.textProperty().bindBidirectional(viewModel.redeemPointsProperty());
        redeemValueField.textProperty().bindBidirectional(viewModel.redeemValueProperty());
        redeemValueField.setPromptText(viewModel.redeemValueExample());
        EuroSign.place(redeemValueEuro, viewModel.euroFirst());
        minimumField.textProperty().bindBidirectional(viewModel.minimumRedeemProperty());
        expiryField.textProperty().bindBidirectional(viewModel.expiryMonthsProperty());
        // While the settings load (or save) the fields take no typing: the loaded values would
        // replace it a moment later.
        for (TextField field : List.of(shopNameField, pointsPerEuroField, redeemPointsField, redeemValueField,
                minimumField, expiryField)) {
            field.editableProperty().bind(viewModel.busyProperty().not());
        }
        shopNameError.textProperty().bind(viewModel.errorProperty(Field.SHOP_NAME));
        pointsPerEuroError.textProperty().bind(viewModel.errorProperty(Field.POINTS_PER_EURO));
        redeemError.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ",
                viewModel.errorProperty(Field.REDEEM_POINTS).get(), viewModel.errorProperty(Field.REDEEM_VALUE).get())
                .strip(), viewModel.errorProperty(Field.REDEEM_POINTS), viewModel.errorProperty(Field.REDEEM_VALUE)));
        minimumError.textProperty().bind(viewModel.errorProperty(Field.MINIMUM));
        expiryError.textProperty().bind(viewModel.errorProperty(Field.EXPIRY));
        touchOnLeaving(shopNameField, () -> viewModel.touch(Field.SHOP_NAME));
        touchOnLeaving(pointsPerEuroField, () -> viewModel.touch(Field.POINTS_PER_EURO));
        touchOnLeaving(redeemPointsField, () -> viewModel.touch(Field.REDEEM_POINTS));
        touchOnLeaving(redeemValueField, () -> viewModel.touch(Field.REDEEM_VALUE));
        touchOnLeaving(minimumField, () -> viewModel.touch(Field.MINIMUM));
        touchOnLeaving(expiryField, () -> viewModel.touch(Field.EXPIRY));
        // An error line takes room only while it says something, so the labels stay level with their fields.
        for (Label error : List.of(shopNameError, pointsPerEuroError, redeemError, minimumError, expiryError)) {
            showsOnlyWhenSaying(error);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        saveButton.setGraphic(AppIcon.SAVE.node());
        // Saving disables the button and JavaFX passed the focus on to the sidebar's "Settings": the next
        // Space opened the screen again instead of saving. A field Enter saved in keeps it anyway.
        Windows.keepFocusThroughWork(viewModel.busyProperty(), saveButton);
        // Ctrl+S from anywhere on the screen, Enter in a field; while Save is disabled: every message.
        Windows.onSaveKey(root, this::save);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterSaves);
        addTierButton.disableProperty().bind(viewModel.busyProperty());
        // Rebuild the rows only when rows come or go: an edit inside a row must keep the caret.
        viewModel.tiers().addListener((ListChangeListener<TierRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showTiers();
                    return;
                }
            }
        });
        showTiers();
        // On the first visit the ScrollPane's skin puts the form into the scene only at the next
        // pulse, after shown() asked for the focus: ask again then, or the caret stays in the sidebar.
        shopNameField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                shopNameField.requestFocus();
            }
        });
    }

    /**
     * Ctrl+S, or Enter in a field, saves, as in the forms: the only way was Tab after Tab down to "Save".
     * The same rule as the button: not while an entry is wrong; then every message shows what to correct.
     */
    private void enterSaves(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextField
                && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            e.consume();
            save();
        }
    }

    private static void showsOnlyWhenSaying(Label error) {
        error.managedProperty().bind(error.textProperty().isNotEmpty());
    }

    /** Leaving a field, typed in or not, lets its message show (typing in it does so in the ViewModel). */
    private static void touchOnLeaving(TextField field, Runnable touch) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                touch.run();
            }
        });
    }

    /** True while the form holds edits not saved yet. */
    public boolean hasUnsavedEdits() {
        return viewModel.edited();
    }

    /** Called each time the screen is shown: reloads the settings unless edited, caret in the first field. */
    public void shown() {
        viewModel.refresh();
        shopNameField.requestFocus();
    }

    private void showTiers() {
        tiersBox.getChildren().clear();
        if (!viewModel.tiers().isEmpty()) {
            HBox header = new HBox(8, heading("settings.tier.name"), heading("settings.tier.minSpend"),
                    heading("settings.tier.multiplier"));
            tiersBox.getChildren().add(header);
        }
        int index = 0;
        for (TierRow row : viewModel.tiers()) {
            index++;
            TextField name = field(row.nameProperty(), "tierName" + index);
            TextField minSpend = field(row.minSpendProperty(), "tierMinSpend" + index);
            // As the customer form's last name: an empty cell a tier needs says so before it is reached, in
            // grey; its red message comes once the cell is left or Save is tried.
            name.setPromptText(messages.get("settings.tier.required"));
            minSpend.setPromptText(messages.get("settings.tier.required"));
            TextField multiplier = field(row.multiplierProperty(), "tierMultiplier" + index);
            touchOnLeaving(name, () -> viewModel.touch(row, TierCell.NAME));
            touchOnLeaving(minSpend, () -> viewModel.touch(row, TierCell.MIN_SPEND));
            touchOnLeaving(multiplier, () -> viewModel.touch(row, TierCell.MULTIPLIER));
            Button remove = new Button(messages.get("settings.tier.remove"));
            remove.setId("tierRemove" + index);
            remove.setTooltip(new Tooltip(messages.get("settings.tier.remove")));
            int position = index;
            remove.setOnAction(e -> removeTier(row, position));
            HBox line = new HBox(8, name, minSpend, multiplier, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            // Each row's messages under it, as the other fields show theirs: they showed below "Add tier",
            // only the first of the whole table.
            Label error = new Label();
            error.setId("tierError" + index);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(row.errorProperty());
            showsOnlyWhenSaying(error);
            tiersBox.getChildren().add(new VBox(line, error));
        }
        // A new field takes keys only once it has its skin, made at the next pulse: the letters typed right
        // after Space on "Add tier" (a fast typist, a macro) were lost although the name field had the caret.
        tiersBox.applyCss();
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.setPrefWidth(160);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private TextField field(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(160);
        field.textProperty().bindBidirectional(property);
        field.editableProperty().bind(viewModel.busyProperty().not());
        return field;
    }

    @FXML
    private void addTier() {
        viewModel.addTier();
        javafx.scene.Node name = tiersBox.lookup("#tierName" + viewModel.tiers().size());
        if (name != null) {
            name.requestFocus();
        }
    }

    /** The removed row's button took the focus with it: it goes to the next row's, else to "Add tier". */
    private void removeTier(TierRow row, int position) {
        viewModel.removeTier(row);
        Button next = (Button) tiersBox.lookup("#tierRemove" + position);
        (next != null ? next : addTierButton).requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
        if (!viewModel.busyProperty().get()) {
            showFirstProblem();
        }
    }

    /**
     * After a try to save with something wrong: the caret in the first field with a message, scrolled into
     * sight with it (a tier row's further down stayed below the window's edge in a small window).
     */
    private void showFirstProblem() {
        boolean redeemPoints = !viewModel.errorProperty(Field.REDEEM_POINTS).get().isEmpty();
        List<Label> labels = List.of(shopNameError, pointsPerEuroError, redeemError, minimumError, expiryError);
        List<TextField> fields = List.of(shopNameField, pointsPerEuroField,
                redeemPoints ? redeemPointsField : redeemValueField, minimumField, expiryField);
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).getText().isEmpty()) {
                Windows.bringIntoView(fields.get(i), labels.get(i));
                return;
            }
        }
        int index = 0;
        for (TierRow row : viewModel.tiers()) {
            index++;
            var cell = viewModel.shownProblemCell(row);
            if (cell.isPresent()) {
                String id = switch (cell.get()) {
                    case NAME -> "#tierName";
                    case MIN_SPEND -> "#tierMinSpend";
                    case MULTIPLIER -> "#tierMultiplier";
                };
                javafx.scene.Node field = tiersBox.lookup(id + index);
                javafx.scene.Node error = tiersBox.lookup("#tierError" + index);
                if (field != null && error != null) {
                    Windows.bringIntoView(field, error);
                }
                return;
            }
        }
    }
}
