package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Archiving from the keyboard leaves the list where it was. */
class CustomerListScrollFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void archivingWithDelKeepsTheRowsInViewWhereTheyWere() throws Exception {
        // Before, Del and Enter scrolled the list so that the next customer was the top row, the ones above out of
        // view.
        List<CustomerDetails> customers = IntStream.range(0, 40)
                .mapToObj(i -> Customers.named("Eva", String.format("Kunde%02d", i))).toList();
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(customers).start();
        fx.onFx(() -> fx.stage().setHeight(600));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("all are listed", () -> table.getItems().size() == 40);
        fx.onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(4);
            table.getFocusModel().focus(4);
        });
        fx.awaitIdle();
        assertEquals(0, firstShown(table), "the list starts at the top");
        fx.dialogs().answerConfirm(true);

        type(KeyCode.DELETE);

        fx.waitUntil("the customer is archived", () -> table.getItems().size() == 39);
        fx.waitUntil("the next customer is selected", () -> fx.onFx(() ->
                "Kunde05, Eva".equals(table.getSelectionModel().getSelectedItem() == null ? ""
                        : table.getSelectionModel().getSelectedItem().displayName())));
        fx.awaitIdle();
        assertEquals(4, (int) fx.onFx(() -> table.getSelectionModel().getSelectedIndex()));
        assertEquals(0, firstShown(table), "the list stays where it was");
        fx.assertNoProblems();
    }

    private int firstShown(TableView<CustomerListRow> table) {
        return fx.onFx(() -> ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex());
    }
}
