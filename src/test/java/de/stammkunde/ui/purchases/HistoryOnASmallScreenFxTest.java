package de.stammkunde.ui.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.ui.common.ElidedTexts;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The purchase history and points account in German, in a window as wide as a 1024-pixel screen allows. */
class HistoryOnASmallScreenFxTest {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void noColumnHeaderDateAmountOrPointsIsCutShort() throws Exception {
        // Before: the points account's headers showed as "Pun…" and "Verfällt …", a sale's points as "+19 / −1…".
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(Customers.anna()).start();
        Customer anna = fx.seeded().get(0);
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("200.00"), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 1, 10, 0), "", 0));
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("30.00"), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 20, 10, 0), "", 117));
        Stage history = fx.openHistory(anna);
        fx.onFx(() -> history.setWidth(1000));
        Parent root = history.getScene().getRoot();
        TableView<?> purchases = fx.node(root, "#table");
        fx.waitUntil("the purchases are listed", () -> purchases.getItems().size() == 2);
        fx.awaitIdle();

        assertEquals(List.of(), elided(purchases, List.of("dateColumn", "totalColumn", "pointsColumn", "paidColumn")));

        fx.onFx(() -> ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1));
        TableView<?> ledger = fx.node(root, "#ledgerTable");
        fx.waitUntil("the points account lists both sales", () -> ledger.getItems().size() == 3);
        fx.awaitIdle();

        assertEquals(List.of(), elided(ledger, List.of("whenColumn", "pointsColumn", "remainingColumn",
                "expiresColumn")));
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void aRefundsReasonIsWholeWhereNoPurchaseHadACoupon() throws Exception {
        // Before, at 1024 pixels the empty coupon column kept 215 pixels and the status read "Erstattung: wr…".
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(Customers.anna()).start();
        Customer anna = fx.seeded().get(0);
        long sold = fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("50.00"), List.of(), "",
                PaymentMethod.CASH, LocalDateTime.of(2026, 11, 1, 10, 0), "", 0)).purchase().id();
        fx.app().sales().refund(sold, "wrong size");
        Stage history = fx.openHistory(anna);
        fx.onFx(() -> history.setWidth(1000));
        TableView<?> purchases = fx.node(history.getScene().getRoot(), "#table");
        fx.waitUntil("the sale and its refund are listed", () -> purchases.getItems().size() == 2);
        fx.awaitIdle();

        assertEquals(List.of(), elided(purchases, List.of("stateColumn")));
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void twoLineItemsOfTheChosenPurchaseShowInFullAlsoAfterARefund() throws Exception {
        // Before: the list of line items showed one and a half lines, after a refund's message one.
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(Customers.anna()).start();
        Customer anna = fx.seeded().get(0);
        long refunded = fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("10.00"), List.of(), "",
                PaymentMethod.CASH, LocalDateTime.of(2026, 11, 1, 10, 0), "", 0)).purchase().id();
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("24.60"), List.of(
                new PurchaseItem("Käsekuchen", new BigDecimal("4"), new BigDecimal("3.20")),
                new PurchaseItem("Grußkarte", new BigDecimal("4"), new BigDecimal("2.95")),
                new PurchaseItem("Kerze", new BigDecimal("1"), new BigDecimal("0.00"))), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 2, 10, 0), "", 0));
        fx.app().sales().refund(refunded, "defekt");
        Stage history = fx.openHistory(anna);
        Parent root = history.getScene().getRoot();
        TableView<?> purchases = fx.node(root, "#table");
        fx.waitUntil("the purchases are listed", () -> purchases.getItems().size() == 3);
        fx.onFx(() -> purchases.getSelectionModel().select(1));
        ListView<?> items = fx.node(root, "#itemsList");
        fx.waitUntil("the items are listed", () -> items.getItems().size() == 3);
        fx.awaitIdle();

        assertTrue(wholeLines(items) >= 2, wholeLines(items) + " whole lines");
        fx.onFx(() -> fx.<Label>node(root, "#messageLabel").textProperty().unbind());
        fx.onFx(() -> fx.<Label>node(root, "#messageLabel").setText("Erstattet: 10,00 €. Punkte −10."));
        fx.awaitIdle();
        assertTrue(wholeLines(items) >= 2, "with a message below: " + wholeLines(items) + " whole lines");
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    /** How many lines of {@code list} show whole, not cut off at its bottom. */
    private long wholeLines(ListView<?> list) {
        return fx.onFx(() -> {
            double bottom = list.localToScene(list.getBoundsInLocal()).getMaxY();
            return list.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                    .filter(cell -> !cell.isEmpty() && cell.isVisible())
                    .filter(cell -> cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= bottom).count();
        });
    }

    private List<String> elided(TableView<?> table, List<String> columns) {
        return fx.onFx(() -> ElidedTexts.of(table, columns));
    }
}
