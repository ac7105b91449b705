package de.stammkunde.ui.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The refund's reason and button in the purchase history (F6): usable only where a refund can be given. */
class HistoryRefundFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(Customers.anna(), Customers.anna()).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void withoutPurchasesThereIsNoReasonToType() {
        // Before, the reason field took typing although there was nothing to refund.
        Stage history = fx.openHistory(fx.seeded().get(1));
        Parent root = history.getScene().getRoot();
        fx.awaitIdle();

        assertEquals(List.of(true, true), state(root));
        fx.onFx(history::close);
    }

    @Test
    void onlyASaleNotRefundedYetTakesAReason() {
        Customer anna = fx.seeded().get(0);
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("20.00"), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 1, 10, 0), "", 0));
        long returned = fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("30.00"), List.of(), "",
                PaymentMethod.CASH, LocalDateTime.of(2026, 11, 2, 10, 0), "", 0)).purchase().id();
        fx.app().sales().refund(returned, "defekt");
        Stage history = fx.openHistory(anna);
        Parent root = history.getScene().getRoot();
        TableView<Purchase> table = fx.node(root, "#table");
        fx.waitUntil("the sales and the refund are listed", () -> table.getItems().size() == 3);

        for (Purchase p : List.copyOf(table.getItems())) {
            fx.onFx(() -> table.getSelectionModel().select(p));
            fx.awaitIdle();
            boolean refundable = !p.isRefund() && !p.isRefunded();
            assertEquals(List.of(!refundable, !refundable), state(root), p.isRefund() ? "the refund"
                    : p.isRefunded() ? "the refunded sale" : "the sale");
        }
        assertTrue(fx.onFx(() -> table.getItems().stream().anyMatch(Purchase::isRefund)));
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void afterARefundTypedAtTheKeyboardTheFocusIsBackInTheList() {
        Stage history = historyOfOneSale("20.00");
        Parent root = history.getScene().getRoot();
        refundByKeyboard(root);

        assertEquals(List.of(true, true), state(root), "the sale is refunded now");
        assertTrue(fx.isFocused(root, "#table"), "not lost with the reason field greyed out");
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void theRefundsMessageTheReasonsLabelAndTheButtonAreWholeOnASmallScreen() {
        // Before, at 1024 pixels: "Grund der Erstatt…" and "Erstatte…" beside
        // "Erstattet: 26,90 €. Punkte −21, …", itself cut short.
        Stage history = historyOfOneSale("26.90");
        fx.onFx(() -> history.setWidth(1000));
        Parent root = history.getScene().getRoot();
        refundByKeyboard(root);

        Labeled reasonLabel = fx.onFx(() -> (Labeled) fx.<TextField>node(root, "#reasonField").getParent()
                .getChildrenUnmodifiable().get(0));
        fx.assertNoneEventually("label, button and message whole", () -> {
            root.applyCss();
            root.layout();
            return Stream.of(reasonLabel, fx.<Button>node(root, "#refundButton"),
                    fx.<Labeled>node(root, "#messageLabel"))
                    .filter(l -> l.getChildrenUnmodifiable().stream().anyMatch(t -> t instanceof Text shown
                            && !shown.getText().equals(l.getText())))
                    .map(Labeled::getText).toList();
        });
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void escOrTheCloseButtonClosesTheHistoryEvenFromThePointsTab() {
        // The card window had a "Schließen" button, the history window only Esc and its title bar.
        Stage history = historyOfOneSale("20.00");
        fx.onFx(() -> fx.<TextField>node(history.getScene().getRoot(), "#reasonField").requestFocus());
        type(KeyCode.ESCAPE);
        fx.waitUntil("Esc in the reason field closed it", () -> !history.isShowing());

        Stage again = fx.openHistory(fx.seeded().get(0));
        fx.onFx(() -> fx.<javafx.scene.control.TabPane>node(again.getScene().getRoot(), "#tabs")
                .getSelectionModel().select(1));
        Button close = fx.node(again.getScene().getRoot(), "#closeButton");
        assertEquals(fx.text("action.close"), close.getText());
        clickOn(close);
        fx.waitUntil("the button closed it", () -> !again.isShowing());
        fx.assertNoProblems();
    }

    /** Anna's history with one sale of {@code total} on 1 Nov 2026, listed. */
    private Stage historyOfOneSale(String total) {
        Customer anna = fx.seeded().get(0);
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal(total), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 1, 10, 0), "", 0));
        Stage history = fx.openHistory(anna);
        TableView<Purchase> table = fx.node(history.getScene().getRoot(), "#table");
        fx.waitUntil("the sale is listed", () -> table.getItems().size() == 1);
        return history;
    }

    /** Types a reason, confirms with Enter and waits until the refund is listed. */
    private void refundByKeyboard(Parent root) {
        TableView<Purchase> table = fx.node(root, "#table");
        fx.onFx(() -> fx.<TextField>node(root, "#reasonField").requestFocus());
        fx.write("defekt");
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ENTER);
        fx.waitUntil("the refund is listed", () -> table.getItems().size() == 2);
        fx.awaitIdle();
    }

    /** Whether the reason field and the refund button are disabled. */
    private List<Boolean> state(Parent root) {
        TextField reason = fx.node(root, "#reasonField");
        Button refund = fx.node(root, "#refundButton");
        return fx.onFx(() -> List.of(reason.isDisabled(), refund.isDisabled()));
    }
}
