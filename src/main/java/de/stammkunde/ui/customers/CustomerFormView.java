package de.stammkunde.ui.customers;

import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.DuplicateCandidate;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.EnumCells;
import de.stammkunde.ui.common.Windows;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The customer form: binds fields and messages to {@link CustomerFormViewModel}, nothing more. */
public final class CustomerFormView {

    private final CustomerFormViewModel viewModel;
    private final Messages messages;
    private final Consumer<Customer> onSaved;
    private final LongConsumer onOpenExisting;
    private final Runnable onClose;
    private final Runnable onPersonalData;
    /** The card dialog over the form (F7); null for a customer not saved yet. */
    private final Runnable onCard;
    /** Asks whether to throw away what was typed; true to close all the same. */
    private final BooleanSupplier confirmDiscard;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private VBox duplicatePane;
    @FXML private VBox duplicateList;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private ComboBox<CustomerStatus> statusBox;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField companyField;
    @FXML private TextField streetField;
    @FXML private TextField postcodeField;
    @FXML private TextField cityField;
    @FXML private TextField countryField;
    @FXML private TextField phoneField;
    @FXML private TextField mobileField;
    @FXML private TextField emailField;
    @FXML private TextField birthDateField;
    @FXML private TextField occupationField;
    @FXML private TextField tagsField;
    @FXML private TextArea notesField;
    @FXML private Label firstNameError;
    @FXML private Label lastNameError;
    @FXML private Label companyError;
    @FXML private Label streetError;
    @FXML private Label postcodeError;
    @FXML private Label cityError;
    @FXML private Label countryError;
    @FXML private Label phoneError;
    @FXML private Label mobileError;
    @FXML private Label emailError;
    @FXML private Label birthDateError;
    @FXML private Label occupationError;
    @FXML private Label tagsError;
    @FXML private Label notesError;
    @FXML private Label consentError;
    @FXML private CheckBox consentEmailBox;
    @FXML private CheckBox consentPostBox;
    @FXML private CheckBox consentSmsBox;
    @FXML private TextField consentEmailSource;
    @FXML private TextField consentPostSource;
    @FXML private TextField consentSmsSource;
    @FXML private Label consentEmailSince;
    @FXML private Label consentPostSince;
    @FXML private Label consentSmsSince;
    @FXML private Label saveErrorLabel;
    @FXML private Button saveButton;
    @FXML private Button personalDataButton;
    @FXML private Button cardButton;

    private final Map<CustomerField, Label> errorLabels = new EnumMap<>(CustomerField.class);
    /** The fields that can carry a message, in the order they stand on the form. */
    private final Map<CustomerField, Node> fields = new LinkedHashMap<>();

    public CustomerFormView(CustomerFormViewModel viewModel, Messages messages,
            Consumer<Customer> onSaved, LongConsumer onOpenExisting, Runnable onClose,
            BooleanSupplier confirmDiscard, Runnable onPersonalData, Runnable onCard) {
        this.viewModel = viewModel;
        this.confirmDiscard = confirmDiscard;
        this.messages = messages;
        this.onSaved = onSaved;
        this.onOpenExisting = onOpenExisting;
        this.onClose = onClose;
        this.onPersonalData = onPersonalData;
        this.onCard = onCard;
    }

    /** A copy of what is stored about the customer (GDPR Art. 15/20): what is saved, not what is typed here. */
    @FXML
    private void personalData() {
        if (onPersonalData != null) {
            onPersonalData.run();
        }
    }

    /** The customer's card: issue, print, save, block and replace, as at the counter (F7 there and here). */
    @FXML
    private void card() {
        if (onCard != null) {
            onCard.run();
        }
    }

    @FXML
    private void initialize() {
        titleLabel.setText(viewModel.original()
                .map(c -> messages.get("customer.form.editTitle", c.displayName(), c.number()))
                .orElse(messages.get("customer.form.newTitle")));
        EnumCells.setUp(genderBox, Gender.values(), messages, "gender.");
        EnumCells.setUp(statusBox, CustomerStatus.values(), messages, "status.");
        genderBox.valueProperty().bindBidirectional(viewModel.genderProperty());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        bind(CustomerField.FIRST_NAME, firstNameField, firstNameError);
        bind(CustomerField.LAST_NAME, lastNameField, lastNameError);
        bind(CustomerField.COMPANY, companyField, companyError);
        bind(CustomerField.STREET, streetField, streetError);
        bind(CustomerField.POSTCODE, postcodeField, postcodeError);
        bind(CustomerField.CITY, cityField, cityError);
        bind(CustomerField.COUNTRY, countryField, countryError);
        bind(CustomerField.PHONE, phoneField, phoneError);
        bind(CustomerField.MOBILE, mobileField, mobileError);
        bind(CustomerField.EMAIL, emailField, emailError);
        bind(CustomerField.BIRTH_DATE, birthDateField, birthDateError);
        bind(CustomerField.OCCUPATION, occupationField, occupationError);
        bind(CustomerField.TAGS, tagsField, tagsError);
        bind(CustomerField.NOTES, notesField, notesError);
        errorLabels.put(CustomerField.CONSENT, consentError);
        fields.put(CustomerField.CONSENT, consentEmailBox);
        notesField.addEventFilter(KeyEvent.KEY_PRESSED, this::tabOutOfNotes);
        // Ctrl+S saves from anywhere in the form, as Enter does; while something is wrong it saves nothing
        // and shows every message (Save is disabled then, and an untouched form would not say why).
        Windows.onSaveKey(root, () -> {
            if (!viewModel.savingProperty().get()) {
                save();
            }
        });
        lastNameField.setPromptText(messages.get("customer.form.nameHint"));
        birthDateField.setPromptText(messages.get("customer.form.datePattern"));
        tagsField.setPromptText(messages.get("customer.form.tagsHint"));
        bindConsent(ConsentChannel.EMAIL, consentEmailBox, consentEmailSource, consentEmailSince);
        bindConsent(ConsentChannel.POST, consentPostBox, consentPostSource, consentPostSince);
        bindConsent(ConsentChannel.SMS, consentSmsBox, consentSmsSource, consentSmsSince);
        viewModel.shownErrors().addListener((MapChangeListener<CustomerField, String>) change -> showErrors());
        showErrors();
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        // A customer on file can ask for a copy of their data; a new one has none yet.
        personalDataButton.setVisible(onPersonalData != null);
        personalDataButton.setManaged(onPersonalData != null);
        // Nor a card: a customer is given one once saved, as at the counter (F7 there needs one on file).
        cardButton.setVisible(onCard != null);
        cardButton.setManaged(onCard != null);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F7 && onCard != null && !e.isShortcutDown() && !e.isAltDown()
                    && !e.isShiftDown()) {
                card();
                e.consume();
            }
        });
        saveErrorLabel.textProperty().bind(viewModel.saveErrorProperty());
        viewModel.duplicates().addListener((javafx.collections.ListChangeListener<DuplicateCandidate>) c -> showDuplicates());
        javafx.application.Platform.runLater(() -> (viewModel.isNew() ? firstNameField : lastNameField).requestFocus());
    }

    /**
     * Tab and Shift+Tab leave the notes for the next or previous field, as in every other field; a text area
     * would type a tab character and keep the cursor, and only Ctrl+Tab, which nobody knows, got out.
     */
    private void tabOutOfNotes(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            e.consume();
            // The text area moves the focus on Ctrl+Tab (Ctrl+Shift+Tab back).
            notesField.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                    false, false));
        }
    }

    private void bind(CustomerField field, TextInputControl control, Label error) {
        control.textProperty().bindBidirectional(viewModel.textProperty(field));
        control.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                viewModel.touch(field);
            }
        });
        errorLabels.put(field, error);
        fields.put(field, control);
    }

    private void bindConsent(ConsentChannel channel, CheckBox box, TextField source, Label since) {
        box.selectedProperty().bindBidirectional(viewModel.consentGrantedProperty(channel));
        source.textProperty().bindBidirectional(viewModel.consentSourceProperty(channel));
        since.textProperty().bind(viewModel.consentStateProperty(channel));
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            String message = viewModel.shownErrors().get(field);
            boolean show = message != null;
            label.setText(show ? message : "");
            label.setVisible(show);
            label.setManaged(show);
        });
    }

    private void showDuplicates() {
        duplicateList.getChildren().clear();
        for (DuplicateCandidate candidate : viewModel.duplicates()) {
            String reasons = candidate.reasons().stream().sorted()
                    .map(r -> messages.get("duplicate.reason." + r.name()))
                    .collect(Collectors.joining(", "));
            Label text = new Label(messages.get("customer.duplicates.entry", candidate.existing().displayName(),
                    candidate.existing().number(), reasons));
            text.setWrapText(true);
            Hyperlink open = new Hyperlink(messages.get("customer.duplicates.open"));
            open.setId("openExisting" + candidate.existing().number());
            long id = candidate.existing().id();
            open.setOnAction(e -> onOpenExisting.accept(id));
            HBox line = new HBox(8, text, open);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            duplicateList.getChildren().add(line);
        }
        boolean any = !viewModel.duplicates().isEmpty();
        duplicatePane.setVisible(any);
        duplicatePane.setManaged(any);
    }

    @FXML
    private void save() {
        saveThen(saved -> { });
    }

    /**
     * Saves as the Save button does (the form closes once saved), then {@code then} gets the saved customer;
     * with something wrong, nothing is saved and the first message is shown.
     */
    public void saveThen(Consumer<Customer> then) {
        viewModel.save(saved -> {
            onSaved.accept(saved);
            onClose.run();
            then.accept(saved);
        });
        showFirstError();
    }

    /**
     * Puts the caret in the first field with a message and scrolls it into sight: Ctrl+S with a wrong e-mail
     * far down the form showed the message below the window's edge and left the caret where it was.
     */
    private void showFirstError() {
        fields.entrySet().stream()
                .filter(e -> viewModel.shownErrors().containsKey(e.getKey()))
                .findFirst()
                .ifPresent(e -> Windows.bringIntoView(e.getValue(), errorLabels.get(e.getKey())));
    }

    @FXML
    private void cancel() {
        if (mayClose()) {
            onClose.run();
        }
    }

    /** True when the form may close (Esc, Cancel, the close box): nothing typed, or the user agrees to lose it. */
    public boolean mayClose() {
        return !viewModel.edited() || confirmDiscard.getAsBoolean();
    }

}
