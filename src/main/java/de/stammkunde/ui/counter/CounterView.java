package de.stammkunde.ui.counter;

import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.CustomerCoupon;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.counter.CustomerPanel;
import de.stammkunde.service.coupons.CouponMessages;
import de.stammkunde.ui.cards.CardScreens;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.EnumCells;
import de.stammkunde.ui.common.FullText;
import de.stammkunde.ui.customers.CustomerEditor;
import de.stammkunde.ui.purchases.HistoryScreens;
import de.stammkunde.ui.purchases.PurchaseTexts;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The counter screen: binds the input, the result list and the customer panel to {@link CounterViewModel}. */
public final class CounterView {

    /** Ctrl+N (Cmd+N) anywhere on the counter: register a new customer. */
    private static final KeyCombination NEW_CUSTOMER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final CounterViewModel viewModel;
    private final SaleViewModel sale;
    private final CustomerEditor editor;
    private final HistoryScreens history;
    private final CardScreens cards;
    private final Messages messages;
    private final Formats formats;

    @FXML private BorderPane root;
    @FXML private TextField inputField;
    @FXML private Button newCustomerButton;
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
    @FXML private TextField amountField;
    @FXML private TextField couponField;
    @FXML private TextField pointsField;
    @FXML private Button allPointsButton;
    @FXML private Button confirmButton;
    @FXML private ComboBox<PaymentMethod> paymentBox;
    @FXML private TextField receiptField;
    @FXML private TextField whenField;
    @FXML private Button addLineButton;
    @FXML private VBox linesBox;
    @FXML private Label amountErrorLabel;
    @FXML private Label couponMessageLabel;
    @FXML private Label pointsMessageLabel;
    @FXML private Label summaryLabel;
    @FXML private Label confirmationLabel;
    @FXML private Label pointsLabel;
    @FXML private Label pointsDetailLabel;
    @FXML private Label cardLabel;
    @FXML private Button cardButton;
    @FXML private VBox couponsBox;
    @FXML private Button historyButton;
    @FXML private VBox purchasesBox;

    public CounterView(CounterViewModel viewModel, SaleViewModel sale, CustomerEditor editor, HistoryScreens history,
            CardScreens cards, Messages messages, Formats formats) {
        this.cards = cards;
        this.viewModel = viewModel;
        this.sale = sale;
        this.editor = editor;
        this.history = history;
        this.messages = messages;
        this.formats = formats;
    }

    @FXML
    private void initialize() {
        inputField.textProperty().bindBidirectional(viewModel.inputProperty());
        cards.onAnyChange(viewModel::cardChanged);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        showTone(viewModel.toneProperty().get());
        viewModel.toneProperty().addListener((obs, old, tone) -> showTone(tone));
        resultList.setItems(viewModel.results());
        keepRoomForTheScrollBar();
        resultList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerListRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.displayName() + "   " + row.number() + "   "
                        + String.join(" ", row.postcode(), row.city()).strip());
            }
        });
        inputField.addEventFilter(KeyEvent.KEY_PRESSED, this::inputKey);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_CUSTOMER.match(e)) {
                newCustomer();
                e.consume();
            }
        });
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
            if (customer != null && (old == null || old.id() != customer.id())) {
                sale.startFor(customer.id());
                focus(amountField);
            } else if (customer == null) {
                focusInput();
            }
        });
        editButton.setGraphic(AppIcon.EDIT.node());
        clipToItsPlace(nameLabel);
        newCustomerButton.setGraphic(AppIcon.NEW_CUSTOMER.node());
        newCustomerButton.setTooltip(new Tooltip(messages.get("counter.newCustomer.tooltip")));
        FullText.whenCut(emailLabel);
        viewModel.panelProperty().addListener((obs, old, loaded) -> showPanel(loaded));
        viewModel.setOnOpenedAgain(() -> {
            // what was typed for them before Esc stays; after a sale the next one starts
            sale.startAgain();
            focus(amountField);
        });
        viewModel.setCouponForSale(code -> {
            sale.couponProperty().set(code);
            focus(amountField);
        });
        bindSale();
        updateVisibility();
    }

    private void bindSale() {
        amountField.textProperty().bindBidirectional(sale.amountProperty());
        couponField.textProperty().bindBidirectional(sale.couponProperty());
        pointsField.textProperty().bindBidirectional(sale.pointsProperty());
        receiptField.textProperty().bindBidirectional(sale.receiptProperty());
        whenField.textProperty().bindBidirectional(sale.whenProperty());
        EnumCells.setUp(paymentBox, PaymentMethod.values(), messages, "payment.");
        paymentBox.valueProperty().bindBidirectional(sale.paymentProperty());
        bindMessage(amountErrorLabel, sale.amountErrorProperty());
        bindMessage(couponMessageLabel, sale.couponMessageProperty());
        bindMessage(pointsMessageLabel, sale.pointsMessageProperty());
        bindMessage(summaryLabel, sale.summaryProperty());
        bindMessage(confirmationLabel, sale.confirmationProperty());
        // From the start: only a change from a valid code coloured it, so the first wrong one read plain.
        showCouponValid(sale.couponValidProperty().get());
        sale.couponValidProperty().addListener((o, a, valid) -> showCouponValid(valid));
        confirmButton.disableProperty().bind(sale.busyProperty());
        allPointsButton.setTooltip(new Tooltip(messages.get("sale.points.all.tooltip")));
        addLineButton.setTooltip(new Tooltip(messages.get("sale.addLine.tooltip")));
        addLineButton.addEventFilter(KeyEvent.KEY_PRESSED, this::globalKey);
        sale.lines().addListener((ListChangeListener<SaleViewModel.Line>) c -> showLines());
        for (TextField field : List.of(amountField, couponField, pointsField, receiptField, whenField)) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::saleKey);
        }
        paymentBox.addEventFilter(KeyEvent.KEY_PRESSED, this::saleKey);
        // "6rhjuvfcdum" typed and accepted reads "6RHJ-UVFC-DUM" once the caret has moved on
        couponField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                sale.couponLeft();
            }
        });
        couponField.textProperty().addListener((o, typed, printed) -> {
            if (!printed.equals(typed) && printed.equals(CouponCodes.format(typed)) && couponField.isFocused()) {
                // the caret stays at the code's end: the new text put it at its start, after this listener
                Platform.runLater(couponField::end);
            }
        });
        sale.setOnBooked(result -> {
            viewModel.saleBooked();
            focusInput();
        });
    }

    private void showCouponValid(boolean valid) {
        oneStyleOf(couponMessageLabel, valid ? "coupon-valid" : "coupon-invalid", "coupon-valid", "coupon-invalid");
    }

    private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    /**
     * Keys anywhere in the sale: Enter books (after a code in the coupon field: on to Points, back to it when
     * refused), F4 all points.
     */
    private void saleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.getSource() == amountField && isScan(amountField.getText())) {
            // The focus waits in the amount field, so the next customer's card is scanned into it.
            String scanned = amountField.getText().strip();
            sale.amountProperty().set("");
            if (CouponCodes.looksLikeCode(scanned)) {
                sale.couponProperty().set(scanned);
                sale.changed();
            } else {
                viewModel.inputProperty().set(scanned);
                viewModel.submit();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            // After a code, Enter goes on to the points, whether the check was quicker than the Enter
            // (typed by hand: it booked at once, the points never asked for) or not (a scan).
            if (e.getSource() == couponField && !sale.couponProperty().get().isBlank()) {
                sale.couponEntered(this::backToCoupon);
                focus(pointsField);
            } else {
                sale.confirm();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F4) {
            sale.useAllPoints();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            focusInput();
            e.consume();
        } else {
            globalKey(e);
        }
    }

    /**
     * A code refused after Enter: the caret comes back to it, selected, so the next scan replaces it and
     * Delete clears it (it went on to the points, and the cashier had to go back). Only from the empty points
     * field it went to, or the coupon field itself: never from where the user went on meanwhile.
     */
    private void backToCoupon() {
        // after the focus(pointsField) of the Enter, should the answer have come first
        Platform.runLater(() -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (owner == couponField || owner == pointsField && pointsField.getText().isEmpty()) {
                couponField.requestFocus();
                couponField.selectAll();
            }
        });
    }

    /** A card or customer number (six digits or more: no amount at a shop till) or a coupon code. */
    private static boolean isScan(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.matches("\\d{6,}") || CouponCodes.looksLikeCode(plain);
    }

    /** F2 edit, F3 a line item, F6 history, F7 card: from the input field and the sale alike. */
    private void globalKey(KeyEvent e) {
        if (viewModel.current().isEmpty()) {
            return;
        }
        switch (e.getCode()) {
            case F2 -> edit();
            case F3 -> addLine();
            case F6 -> openHistory();
            case F7 -> openCard();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showLines() {
        linesBox.getChildren().clear();
        for (SaleViewModel.Line line : sale.lines()) {
            TextField description = new TextField();
            description.setPromptText(messages.get("sale.line.description"));
            description.textProperty().bindBidirectional(line.descriptionProperty());
            TextField quantity = new TextField();
            quantity.setPrefColumnCount(4);
            quantity.setPromptText(messages.get("sale.line.quantity"));
            quantity.textProperty().bindBidirectional(line.quantityProperty());
            TextField price = new TextField();
            price.setPrefColumnCount(7);
            price.setPromptText(messages.get("sale.line.price"));
            price.textProperty().bindBidirectional(line.unitPriceProperty());
            // Reached by Tab after the price (Space removes): line items need no mouse.
            Button remove = new Button(messages.get("sale.line.remove"));
            remove.setTooltip(new Tooltip(messages.get("sale.line.remove.tooltip")));
            remove.setOnAction(a -> removeLine(line));
            remove.addEventFilter(KeyEvent.KEY_PRESSED, this::globalKey);
            for (TextField field : List.of(description, quantity, price)) {
                field.textProperty().addListener((o, a, b) -> sale.changed());
                field.addEventFilter(KeyEvent.KEY_PRESSED, this::saleKey);
            }
            HBox.setHgrow(description, Priority.ALWAYS);
            HBox row = new HBox(8, description, quantity, price, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            linesBox.getChildren().add(row);
        }
    }

    @FXML
    private void addLine() {
        sale.addLine();
        focus(lineDescription(linesBox.getChildren().size() - 1));
    }

    /** The focus goes to the line that took its place, the one above it, or back to the amount. */
    private void removeLine(SaleViewModel.Line line) {
        int index = sale.lines().indexOf(line);
        sale.removeLine(line);
        int left = linesBox.getChildren().size();
        focus(left == 0 ? amountField : lineDescription(Math.min(index, left - 1)));
    }

    private TextField lineDescription(int index) {
        Node row = linesBox.getChildren().get(index);
        return (TextField) ((HBox) row).getChildren().get(0);
    }

    @FXML
    private void confirmSale() {
        sale.confirm();
    }

    @FXML
    private void useAllPoints() {
        sale.useAllPoints();
    }

    @FXML
    private void openHistory() {
        // After a refund or a correction, "Gebucht: … neuer Stand 20 Punkte" no longer holds: it goes.
        viewModel.current().ifPresent(c -> history.open(c.id(), c.displayName(), () -> {
            sale.confirmationProperty().set("");
            viewModel.reload();
        }));
    }

    @FXML
    private void openCard() {
        // the panel is read again by the listener set in initialize(), as after a card issued from the customer's form
        viewModel.current().ifPresent(c -> cards.open(c.id(), c.displayName()));
    }

    /** "Has a birthday today!", "Birthday tomorrow (Thursday, 26.11.2026)" and so on for six days; nothing else. */
    private void showBirthday(CustomerPanel.Birthday birthday) {
        String text = "";
        if (birthday != null) {
            String day = birthday.date().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale()) + ", "
                    + formats.date(birthday.date());
            text = switch (birthday.inDays()) {
                case 0 -> messages.get("counter.birthdayToday");
                case 1 -> messages.get("counter.birthdayTomorrow", day);
                default -> messages.get("counter.birthdaySoon", day, birthday.inDays());
            };
        }
        birthdayLabel.setText(text);
        birthdayLabel.setVisible(!text.isEmpty());
        birthdayLabel.setManaged(!text.isEmpty());
    }

    /** The right column: points, card, valid coupons, last purchases; and the birthday under the name. */
    private void showPanel(CustomerPanel loaded) {
        showBirthday(loaded == null ? null : loaded.birthday());
        if (loaded == null) {
            return;
        }
        PointsBalance points = loaded.points();
        // It wraps before the amount, never inside it ("7.500,00" / "€" in German).
        pointsLabel.setText(messages.get("counter.pointsBalance", points.points(),
                unbroken(formats.money(points.value()))));
        List<String> details = new ArrayList<>();
        if (points.expiringSoon() > 0) {
            details.add(messages.get("counter.pointsExpiring", points.expiringSoon(),
                    unbroken(formats.date(points.nextExpiry()))));
        }
        if (points.tier() != null) {
            details.add(messages.get("counter.tier", points.tier().name()));
        }
        pointsDetailLabel.setText(String.join("\n", details));
        pointsDetailLabel.setManaged(!details.isEmpty());
        pointsDetailLabel.setVisible(!details.isEmpty());
        cardLabel.setText(loaded.card() == null
                ? messages.get(loaded.blockedCards() > 0 ? "counter.cardBlockedOnly" : "counter.noCard")
                // The number's groups stay on one line: a narrow column may wrap only before "(since …)".
                : messages.get("counter.cardActive", unbroken(CardNumbers.printed(loaded.card().number())),
                        unbroken(formats.date(loaded.card().issuedAt().toLocalDate()))));
        couponsBox.getChildren().clear();
        for (CustomerCoupon coupon : loaded.coupons()) {
            // With its minimum purchase, or "5,00 € Rabatt" was promised for a sale of 6 €.
            boolean minimum = coupon.minPurchase() != null && coupon.minPurchase().signum() > 0;
            Label line = new Label(messages.get(minimum ? "counter.couponLineMin" : "counter.couponLine",
                    CouponCodes.format(coupon.code()), CouponMessages.offer(coupon.offer(), messages, formats),
                    unbroken(formats.date(coupon.validTo())),
                    minimum ? unbroken(formats.money(coupon.minPurchase())) : ""));
            line.setWrapText(true);
            couponsBox.getChildren().add(line);
        }
        if (loaded.coupons().isEmpty()) {
            couponsBox.getChildren().add(new Label("–"));
        }
        purchasesBox.getChildren().clear();
        for (Purchase p : loaded.lastPurchases()) {
            Label line = new Label(messages.get(p.isRefund() ? "counter.refundLine" : "counter.purchaseLine",
                    formats.date(p.purchasedAt().toLocalDate()), formats.money(p.total()), pointsText(p)));
            // A refund with points both ways is too long for a narrow column: it wraps before its points.
            line.setWrapText(true);
            if (p.isRefund() || p.isRefunded()) {
                line.getStyleClass().add("text-muted");
            }
            purchasesBox.getChildren().add(line);
        }
        if (loaded.lastPurchases().isEmpty()) {
            purchasesBox.getChildren().add(new Label(messages.get("history.empty")));
        }
    }

    private void inputKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            boolean scanned = isScan(inputField.getText());
            viewModel.submit();
            if (scanned) {
                // A number or code that opens nobody stays, selected: the card scanned again (as its message
                // asks) replaces it; after it, the two numbers read as one and found nobody either.
                inputField.selectAll();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
            resultList.requestFocus();
            resultList.getSelectionModel().select(0);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            viewModel.clear();
            e.consume();
        } else {
            globalKey(e);
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

    /**
     * Nothing of {@code label} is drawn outside the room it was given: JavaFX wraps a name in Hebrew or
     * Arabic script wider than the label, and a long one ran some 110 pixels on under "Bearbeiten (F2)"
     * (Latin names wrap within it).
     */
    private static void clipToItsPlace(Label label) {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(label.widthProperty());
        clip.heightProperty().bind(label.heightProperty());
        label.setClip(clip);
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
        oneStyleOf(statusLabel, styleClass("status-", d.status()),
                Arrays.stream(CustomerStatus.values()).map(s -> styleClass("status-", s)).toArray(String[]::new));
        String address = String.join("\n", d.street(), (d.postcode() + " " + d.city()).strip()).strip();
        addressLabel.setText(orDash(address));
        phoneLabel.setText(orDash(d.phone()));
        mobileLabel.setText(orDash(d.mobile()));
        emailLabel.setText(orDash(d.email()));
        birthDateLabel.setText(d.birthDate() == null ? "–" : formats.date(d.birthDate()));
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

    /**
     * Registers a customer (the search that found nobody filled in) and opens them for the sale; the
     * duplicate warning's "open existing" opens that one here instead.
     */
    @FXML
    private void newCustomer() {
        editor.create(viewModel.typedForNewCustomer(), saved -> viewModel.open(saved.id()), viewModel::open);
    }

    @FXML
    private void edit() {
        viewModel.current().ifPresent(c -> editor.edit(c.id(), viewModel::refreshCustomer));
    }

    public void focusInput() {
        focus(inputField);
    }

    /**
     * Called each time the screen is shown: the customer still open here is read again, caret in the input
     * field. A coupon just created for them in the office was missing under "Valid coupons" (and a points
     * rule or an edit made meanwhile) until their card was scanned once more.
     */
    public void shown() {
        viewModel.reload();
        focusInput();
    }

    private static void focus(javafx.scene.control.Control control) {
        Platform.runLater(control::requestFocus);
    }

    /**
     * The panel's content keeps the room of the vertical scroll bar while the bar is not shown: a booking that
     * lengthened "Letzte Einkäufe" brought the bar, and the panel's text jumped sideways under the cashier's eyes.
     */
    private void keepRoomForTheScrollBar() {
        Insets padding = panel.getContent() instanceof Region content ? content.getPadding() : Insets.EMPTY;
        panel.skinProperty().addListener((o, old, skin) -> panel.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar && bar.getParent() == panel
                        && bar.getOrientation() == Orientation.VERTICAL)
                .map(ScrollBar.class::cast).findFirst().ifPresent(bar -> {
                    Runnable fit = () -> {
                        if (panel.getContent() instanceof Region content) {
                            double room = bar.isVisible() ? 0 : bar.prefWidth(-1);
                            content.setPadding(new Insets(padding.getTop(), padding.getRight() + room,
                                    padding.getBottom(), padding.getLeft()));
                        }
                    };
                    bar.visibleProperty().addListener(v -> fit.run());
                    bar.widthProperty().addListener(v -> fit.run());
                    fit.run();
                }));
    }

    /** A note reads plain, a warning amber, an error red (style classes note, warning, error). */
    private void showTone(CounterViewModel.Tone tone) {
        oneStyleOf(messageLabel, styleClass("", tone),
                Arrays.stream(CounterViewModel.Tone.values()).map(t -> styleClass("", t)).toArray(String[]::new));
    }

    /** "status-lost" for {@code LOST}: the status badge green, red or blue (app.css), the message's tone. */
    private static String styleClass(String prefix, Enum<?> value) {
        return prefix + value.name().toLowerCase(Locale.ROOT);
    }

    /** Gives the label {@code chosen} and none of the other classes of its {@code family}. */
    private static void oneStyleOf(Label label, String chosen, String... family) {
        label.getStyleClass().removeAll(family);
        label.getStyleClass().add(chosen);
    }

    private String pointsText(Purchase p) {
        String points = PurchaseTexts.points(p, formats);
        return points.isEmpty() ? "" : unbroken(messages.get("counter.purchasePoints", points));
    }

    /** A card number or date that a narrow column must not break ("20 Sept" / "2025" in English). */
    private static String unbroken(String text) {
        return text.replace(' ', '\u00a0');
    }
}
