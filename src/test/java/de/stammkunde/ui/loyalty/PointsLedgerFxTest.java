package de.stammkunde.ui.loyalty;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.ui.common.Painted;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The points account in the purchase history, as it is laid out. */
class PointsLedgerFxTest {

    private FxAppFixture fx;
    private Customer anna;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void theLongestEnglishDateAndTimeFitsItsColumn() {
        // "18 Sept 2026, 08:44" (English abbreviates September with four letters) showed as
        // "18 Sept 2026, 08:…" in the points account of a window of the usual size.
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("20.00"), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2026, 9, 18, 8, 44), "", 0));
        Stage history = fx.openHistory(anna);
        Parent root = history.getScene().getRoot();
        TableView<?> purchases = fx.node(root, "#table");
        fx.waitUntil("the purchases are listed", () -> !purchases.getItems().isEmpty());
        assertDateFits(purchases);
        fx.onFx(() -> ((TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1));
        TableView<?> ledger = fx.node(root, "#ledgerTable");
        fx.waitUntil("the points account lists the sale", () -> !ledger.getItems().isEmpty());
        assertDateFits(ledger);
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void theTabsShowWhenTheyHaveTheFocus() {
        // Tab from "Save correction" went on to the tabs, which showed nothing: the next arrow key
        // switched to the purchases unannounced.
        Stage history = fx.openHistory(anna);
        TabPane tabs = (TabPane) history.getScene().getRoot().lookup(".tab-pane");
        fx.onFx(() -> tabs.getSelectionModel().select(1));
        Region selected = fx.onFx(() -> {
            tabs.applyCss();
            return tabs.lookupAll(".tab").stream()
                    .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")))
                    .map(n -> (Region) n).findFirst().orElseThrow();
        });
        fx.onFx(() -> history.getScene().getRoot().lookup("#correctionPointsField").requestFocus());
        String unfocused = looks(selected);

        fx.onFx(tabs::requestFocus);
        fx.waitUntil("the tabs have the focus", tabs::isFocused);

        assertNotEquals(unfocused, looks(selected), "the tab of the focused tab pane is marked");
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    /**
     * The table gives its columns what room the window has; a narrower window takes it from the
     * columns down to their minimum, so the date column's minimum must hold the date it shows.
     */
    private void assertDateFits(TableView<?> table) {
        double[] needed = fx.onFx(() -> {
            table.applyCss();
            table.layout();
            TableCell<?, ?> cell = table.lookupAll(".table-cell").stream()
                    .filter(node -> node instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(0)
                            && c.getText() != null && !c.getText().isEmpty())
                    .map(node -> (TableCell<?, ?>) node).findFirst().orElseThrow();
            Text text = new Text(cell.getText());
            text.setFont(cell.getFont());
            return new double[] {text.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset(),
                table.getColumns().get(0).getMinWidth()};
        });
        assertTrue(needed[1] >= needed[0], table.getId() + ": the date column may shrink to " + needed[1]
                + " px, the date needs " + needed[0]);
    }

    private String looks(Region region) {
        return fx.onFx(() -> Painted.of(region));
    }
}
