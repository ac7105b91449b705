package de.stammkunde.ui.coupons;

import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignField;
import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.EnumCells;
import de.stammkunde.ui.common.EuroSign;
import de.stammkunde.ui.common.LocalDateConverter;
import de.stammkunde.ui.common.Windows;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The new-campaign (or birthday campaign) form: binds fields and messages to {@link CampaignFormViewModel}. */
public final class CampaignFormView {

    private final CampaignFormViewModel viewModel;
    private final Messages messages;
    private final Consumer<Campaign> afterCreate;
    /** Asks whether to throw away what was entered; true to close all the same. */
    private final BooleanSupplier confirmDiscard;

    /** The field the form put the caret in when it opened, until the user leaves it. */
    private Node focusedByForm;
    /** True when the user's last input was a mouse press, not a key. */
    private boolean byMouse;

    @FXML private BorderPane root;
    @FXML private TextField nameField;
    @FXML private RadioButton percentRadio;
    @FXML private RadioButton amountRadio;
    @FXML private RadioButton freeItemRadio;
    @FXML private TextField percentField;
    @FXML private TextField amountField;
    @FXML private TextField freeItemField;
    @FXML private TextField minPurchaseField;
    @FXML private Label amountEuro;
    @FXML private Label minPurchaseEuro;
    @FXML private DatePicker validFromPicker;
    @FXML private DatePicker validToPicker;
    @FXML private RadioButton personalRadio;
    @FXML private RadioButton sharedRadio;
    @FXML private TextField limitField;
    @FXML private RadioButton oneCustomerRadio;
    @FXML private RadioButton matchingRadio;
    @FXML private RadioButton pickedRadio;
    @FXML private TextField customerNumberField;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> tagBox;
    @FXML private ComboBox<CustomerStatus> statusBox;
    @FXML private TextField daysField;
    @FXML private VBox countBox;
    @FXML private Label recipientsLabel;
    @FXML private Node codesRow;
    @FXML private Node targetRows;
    @FXML private Node birthdayRow;
    @FXML private Label nameError;
    @FXML private Label offerError;
    @FXML private Label minPurchaseError;
    @FXML private Label validFromError;
    @FXML private Label validToError;
    @FXML private Label limitError;
    @FXML private Label targetError;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button createButton;
    @FXML private Button closeButton;

    public CampaignFormView(CampaignFormViewModel viewModel, Messages messages, Consumer<Campaign> afterCreate,
            BooleanSupplier confirmDiscard) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.afterCreate = afterCreate;
        this.confirmDiscard = confirmDiscard;
    }

    /** True when the form may close (Esc, Cancel, the close box): nothing changed, or the user agrees to lose it. */
    public boolean mayClose() {
        return !viewModel.edited() || confirmDiscard.getAsBoolean();
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        toggle(viewModel.kindProperty(), new ToggleGroup(), percentRadio, CampaignKind.PERCENT, amountRadio,
                CampaignKind.AMOUNT, freeItemRadio, CampaignKind.FREE_ITEM);
        percentField.textProperty().bindBidirectional(viewModel.percentProperty());
        amountField.textProperty().bindBidirectional(viewModel.amountProperty());
        freeItemField.textProperty().bindBidirectional(viewModel.freeItemProperty());
        percentField.disableProperty().bind(percentRadio.selectedProperty().not());
        amountField.disableProperty().bind(amountRadio.selectedProperty().not());
        freeItemField.disableProperty().bind(freeItemRadio.selectedProperty().not());
        minPurchaseField.textProperty().bindBidirectional(viewModel.minPurchaseProperty());
        minPurchaseField.setPromptText(viewModel.noMinimum());
        EuroSign.place(amountEuro, viewModel.euroFirst());
        EuroSign.place(minPurchaseEuro, viewModel.euroFirst());
        datePicker(validFromPicker, viewModel.validFromProperty());
        datePicker(validToPicker, viewModel.validToProperty());
        toggle(viewModel.codeModeProperty(), new ToggleGroup(), personalRadio, CodeMode.PERSONAL, sharedRadio,
                CodeMode.SHARED, null, null);
        limitField.textProperty().bindBidirectional(viewModel.limitProperty());
        limitField.disableProperty().bind(sharedRadio.selectedProperty().not());
        toggle(viewModel.targetProperty(), new ToggleGroup(), oneCustomerRadio,
                CampaignFormViewModel.Target.ONE_CUSTOMER, matchingRadio, CampaignFormViewModel.Target.MATCHING,
                pickedRadio, CampaignFormViewModel.Target.PICKED);
        pickedRadio.setText(messages.get("coupons.target.picked", viewModel.pickedCount()));
        show(pickedRadio, viewModel.pickedCount() > 0);
        customerNumberField.textProperty().bindBidirectional(viewModel.customerNumberProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        tagBox.getItems().add(null);
        tagBox.getItems().addAll(viewModel.tags());
        EnumCells.setUpTagFilter(tagBox, messages);
        tagBox.valueProperty().bindBidirectional(viewModel.tagProperty());
        EnumCells.setUp(statusBox, CustomerStatus.values(), messages, "status.", "filter.status.all");
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        ObservableBooleanValue personal = personalRadio.selectedProperty();
        customerNumberField.disableProperty().bind(oneCustomerRadio.selectedProperty().not());
        for (Node matchingInput : new Node[] {searchField, tagBox, statusBox}) {
            matchingInput.disableProperty().bind(matchingRadio.selectedProperty().not());
        }
        daysField.textProperty().bindBidirectional(viewModel.daysProperty());
        boolean birthday = viewModel.isBirthday();
        show(codesRow, !birthday);
        show(birthdayRow, birthday);
        targetRows.visibleProperty().bind(Bindings.createBooleanBinding(() -> !birthday && personal.get(),
                personalRadio.selectedProperty()));
        targetRows.managedProperty().bind(targetRows.visibleProperty());
        recipientsLabel.textProperty().bind(viewModel.recipientsTextProperty());
        errors();
        touchOnLeaving();
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        statusLabel.textProperty().bind(viewModel.statusMessageProperty());
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        Windows.onSaveKey(root, this::saveKey);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> byMouse = false);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byMouse = true);
        // Once shown: before that the scene gives the focus to its first field, the name, on its own.
        nameField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                            focusedByForm = birthday ? daysField : nameField;
                            focusedByForm.requestFocus();
                        });
                    }
                });
            }
        });
    }

    /**
     * Ctrl+S creates from anywhere in the form, as Enter does: a date being typed counts; while Create is
     * disabled it creates nothing but shows every message, also for the fields not visited yet.
     */
    private void saveKey() {
        if (root.getScene().getFocusOwner() instanceof DatePicker picker) {
            commitTypedDate(picker);
        }
        if (!viewModel.busyProperty().get()) {
            create();
        }
    }

    /** Leaving a field, typed in or not, lets its message show (typing in it does so in the ViewModel). */
    private void touchOnLeaving() {
        touchOnLeaving(nameField, CampaignField.NAME);
        touchOnLeaving(percentField, CampaignField.PERCENT);
        touchOnLeaving(amountField, CampaignField.AMOUNT);
        touchOnLeaving(freeItemField, CampaignField.FREE_ITEM);
        touchOnLeaving(minPurchaseField, CampaignField.MIN_PURCHASE);
        touchOnLeaving(validFromPicker, CampaignField.VALID_FROM);
        touchOnLeaving(validToPicker, CampaignField.VALID_TO);
        touchOnLeaving(limitField, CampaignField.LIMIT);
        for (Node target : new Node[] {customerNumberField, searchField, daysField}) {
            touchOnLeaving(target, CampaignField.TARGET);
        }
    }

    /**
     * Leaving a field by Tab or by a click elsewhere touches it; the name the caret was put in on opening
     * only by Tab: a click on "Betrag-Rabatt" first is no visit to the name. Another window (the question
     * before Esc discards) taking the focus is no leaving either.
     */
    private void touchOnLeaving(Node field, CampaignField which) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && field.getScene() != null && field.getScene().getWindow() != null
                    && field.getScene().getWindow().isFocused()) {
                boolean onlyFocusedByForm = field == focusedByForm && byMouse;
                focusedByForm = null;
                if (!onlyFocusedByForm) {
                    viewModel.touch(which);
                }
            }
        });
    }

    /** The picker takes what is typed; text that is no date stays in the field (see keepTextThatIsNoDate). */
    private static void commitTypedDate(DatePicker picker) {
        String typed = picker.getEditor().getText();
        picker.commitValue();
        if (picker.getValue() == null && !typed.isBlank()) {
            picker.getEditor().setText(typed);
        }
    }

    private void errors() {
        nameError.textProperty().bind(viewModel.errorProperty(CampaignField.NAME));
        offerError.textProperty().bind(Bindings.concat(viewModel.errorProperty(CampaignField.PERCENT),
                viewModel.errorProperty(CampaignField.AMOUNT), viewModel.errorProperty(CampaignField.FREE_ITEM)));
        minPurchaseError.textProperty().bind(viewModel.errorProperty(CampaignField.MIN_PURCHASE));
        validFromError.textProperty().bind(viewModel.errorProperty(CampaignField.VALID_FROM));
        validToError.textProperty().bind(viewModel.errorProperty(CampaignField.VALID_TO));
        limitError.textProperty().bind(viewModel.errorProperty(CampaignField.LIMIT));
        // Below the line it takes room only while it says something: the form just fits a 700 px screen.
        limitError.managedProperty().bind(limitError.textProperty().isNotEmpty());
        limitError.visibleProperty().bind(limitError.managedProperty());
        targetError.textProperty().bind(viewModel.errorProperty(CampaignField.TARGET));
        // One line, the full width: the message when there is one ("No customer matches, so nobody
        // would get a code …" says the count too), else the count. Side by side both were cut off, and
        // a second line would push the buttons out of a form that just fits a 700 px screen.
        targetError.managedProperty().bind(targetError.textProperty().isNotEmpty());
        targetError.visibleProperty().bind(targetError.managedProperty());
        recipientsLabel.managedProperty().bind(targetError.managedProperty().not());
        recipientsLabel.visibleProperty().bind(recipientsLabel.managedProperty());
        if (viewModel.isBirthday()) {
            // The birthday form is short and may need a second line ("… 3 more customers have a coupon
            // for this birthday already …"); its window is sized before the count comes, so the room is kept.
            countBox.minHeightProperty().bind(recipientsLabel.fontProperty().map(f -> f.getSize() * 2 * 1.4));
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Radio buttons for up to three values of one property, both ways. */
    private static <T> void toggle(ObjectProperty<T> property, ToggleGroup group, RadioButton a, T aValue,
            RadioButton b, T bValue, RadioButton c, T cValue) {
        a.setUserData(aValue);
        b.setUserData(bValue);
        a.setToggleGroup(group);
        b.setToggleGroup(group);
        if (c != null) {
            c.setUserData(cValue);
            c.setToggleGroup(group);
        }
        for (Toggle t : group.getToggles()) {
            t.setSelected(t.getUserData() == property.get());
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
    }

    /** A date picker in the user's format; text it cannot read leaves the date empty (and the form says so). */
    private void datePicker(DatePicker picker, ObjectProperty<LocalDate> value) {
        picker.setConverter(new LocalDateConverter(messages.locale(), viewModel::today));
        picker.valueProperty().bindBidirectional(value);
        keepTextThatIsNoDate(picker);
        // Esc closes the form here too, as from every other field: the picker's text field kept the key
        // for itself, and with the caret in a date nothing happened however often Esc was pressed.
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !picker.isShowing()) {
                e.consume();
                close();
            }
        });
    }

    /**
     * Enter, Tab or leaving the field commits a picker's text, and text that is no date left an
     * empty field beside "please enter a date": the user no longer saw what to correct. It stays.
     */
    private static void keepTextThatIsNoDate(DatePicker picker) {
        TextField editor = picker.getEditor();
        String[] committed = {""};
        // Taken before the picker commits; any other key (typing, deleting) is no commit.
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> committed[0] = e.getCode() == KeyCode.ENTER
                || e.getCode() == KeyCode.TAB ? editor.getText() : "");
        picker.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && committed[0].isEmpty()) {
                committed[0] = editor.getText();
            }
        });
        editor.textProperty().addListener((o, old, now) -> {
            String typed = committed[0];
            if (now.isEmpty() && !typed.isBlank() && picker.getConverter().fromString(typed) == null) {
                committed[0] = "";
                Platform.runLater(() -> {
                    if (editor.getText().isEmpty() && picker.getValue() == null) {
                        editor.setText(typed);
                    }
                });
            }
        });
    }

    @FXML
    private void create() {
        viewModel.create(created -> {
            afterCreate.accept(created);
            stage().close();
        });
    }

    @FXML
    private void close() {
        if (viewModel.busyProperty().get()) {
            viewModel.cancel();
            return;
        }
        if (mayClose()) {
            stage().close();
        }
    }

    private Stage stage() {
        return (Stage) closeButton.getScene().getWindow();
    }
}
