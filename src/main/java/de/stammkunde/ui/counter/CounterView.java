package de.stammkunde.ui.counter;

import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.customers.CustomerEditor;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/** The counter screen: binds the input, the result list and the customer panel to {@link CounterViewModel}. */
public final class CounterView {

    private final CounterViewModel viewModel;
    private final CustomerEditor editor;
    private final Messages messages;
    private final Formats formats;

    @FXML private TextField inputField;
    @FXML private Label messageLabel;
    @FXML private ListView<CustomerListRow> resultList;
    @FXML private ScrollPane panel;
    @FXML private Label hintLabel;
    @FXML private Label nameLabel;
    @FXML private Label numberLabel;
    @FXML private Label statusLabel;
    @FXML private Label birthdayLabel;
    @FXML private Label addressLabel;
    @FXML private Label phoneLabel;
    @FXML private Label mobileLabel;
    @FXML private Label emailLabel;
    @FXML private Label birthDateLabel;
    @FXML private FlowPane tagPane;
    @FXML private Label consentLabel;
    @FXML private Label notesLabel;
    @FXML private Button editButton;

    public CounterView(CounterViewModel viewModel, CustomerEditor editor, Messages messages, Formats formats) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        inputField.textProperty().bindBidirectional(viewModel.inputProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        resultList.setItems(viewModel.results());
        resultList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerListRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.displayName() + "   " + row.number() + "   "
                        + String.join(" ", row.postcode(), row.city()).strip());
            }
        });
        inputField.addEventFilter(KeyEvent.KEY_PRESSED, this::inputKey);
        resultList.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        resultList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && resultList.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(resultList.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.results().addListener((ListChangeListener<CustomerListRow>) c -> updateVisibility());
        viewModel.customerProperty().addListener((obs, old, customer) -> {
            show(customer);
            updateVisibility();
            focusInput();
        });
        editButton.setGraphic(de.stammkunde.ui.common.AppIcon.EDIT.node());
        updateVisibility();
    }

    private void inputKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            viewModel.submit();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
            resultList.requestFocus();
            resultList.getSelectionModel().select(0);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            viewModel.clear();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && viewModel.current().isPresent()) {
            edit();
            e.consume();
        }
    }

    private void listKey(KeyEvent e) {
        CustomerListRow row = resultList.getSelectionModel().getSelectedItem();
        if (e.getCode() == KeyCode.ENTER && row != null) {
            viewModel.open(row);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE
                || (e.getCode() == KeyCode.UP && resultList.getSelectionModel().getSelectedIndex() <= 0)) {
            focusInput();
            e.consume();
        }
    }

    private void updateVisibility() {
        boolean hasResults = !viewModel.results().isEmpty();
        boolean hasCustomer = viewModel.customerProperty().get() != null;
        resultList.setVisible(hasResults);
        panel.setVisible(!hasResults && hasCustomer);
        hintLabel.setVisible(!hasResults && !hasCustomer);
    }

    private void show(Customer customer) {
        if (customer == null) {
            return;
        }
        CustomerDetails d = customer.details();
        nameLabel.setText(customer.displayName());
        numberLabel.setText(messages.get("counter.number", customer.number()));
        statusLabel.setText(messages.get("status." + d.status().name())
                + (customer.archived() ? " · " + messages.get("customers.archivedMark") : ""));
        String address = String.join("\n", d.street(), (d.postcode() + " " + d.city()).strip()).strip();
        addressLabel.setText(orDash(address));
        phoneLabel.setText(orDash(d.phone()));
        mobileLabel.setText(orDash(d.mobile()));
        emailLabel.setText(orDash(d.email()));
        birthDateLabel.setText(d.birthDate() == null ? "–" : formats.date(d.birthDate()));
        boolean birthday = d.birthDate() != null && MonthDay.from(d.birthDate()).equals(MonthDay.from(LocalDate.now()));
        birthdayLabel.setText(birthday ? messages.get("counter.birthdayToday") : "");
        birthdayLabel.setVisible(birthday);
        birthdayLabel.setManaged(birthday);
        tagPane.getChildren().clear();
        for (String tag : d.tags()) {
            Label chip = new Label(tag);
            chip.getStyleClass().add("tag-chip");
            tagPane.getChildren().add(chip);
        }
        if (d.tags().isEmpty()) {
            tagPane.getChildren().add(new Label("–"));
        }
        List<String> consents = new ArrayList<>();
        for (ConsentChannel channel : ConsentChannel.values()) {
            if (d.hasConsent(channel)) {
                consents.add(messages.get("consent.channel." + channel.name()));
            }
        }
        consentLabel.setText(consents.isEmpty() ? messages.get("counter.noConsent") : String.join(", ", consents));
        notesLabel.setText(orDash(d.notes()));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    @FXML
    private void edit() {
        viewModel.current().ifPresent(c -> editor.edit(c.id(), viewModel::refreshCustomer));
    }

    public void focusInput() {
        Platform.runLater(() -> inputField.requestFocus());
    }
}
