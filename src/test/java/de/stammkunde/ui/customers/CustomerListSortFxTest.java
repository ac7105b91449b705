package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SortEvent;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Sorting the customer list from the keyboard: Shift+F10 (or the Menu key) on the list opens "Sort by"
 * each column and ascending/descending; the choice sorts as a click on the column header does.
 */
class CustomerListSortFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(
                Customers.named("Sabine", "Schulz"),       // 100001
                Customers.named("Bernd", "Becker"),        // 100002
                Customers.named("Carla", "Neumann"))       // 100003
                .start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    private List<String> numbers() {
        return fx.onFx(() -> table().getItems().stream().map(CustomerListRow::number).toList());
    }

    private ContextMenu openMenuWith(KeyCode... keys) {
        push(keys);
        ContextMenu menu = table().getContextMenu();
        fx.waitUntil("the sort menu shows", menu::isShowing);
        return menu;
    }

    /**
     * Chooses the item with this text in the open menu. Under headless Monocle the popup window itself
     * takes the focus and its keys miss the menu's content, so the item is fired as Enter on it would.
     */
    private void choose(ContextMenu menu, String text) {
        fx.onFx(() -> {
            MenuItem item = menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError(text + " is not in the sort menu"));
            item.fire();
            menu.hide();
        });
        fx.awaitIdle();
    }

    private void awaitNumbers(List<String> expected) {
        fx.waitUntil("the list is in the order " + expected + " (it is " + numbers() + ")",
                () -> numbers().equals(expected));
    }

    @Test
    void shiftF10SortsByAColumnAndTheMenuKeyTurnsTheOrder() {
        fx.showCustomers();
        awaitNumbers(List.of("100002", "100003", "100001"));
        type(KeyCode.DOWN);
        fx.waitUntil("the table has the focus", () -> table().isFocused());

        ContextMenu menu = openMenuWith(KeyCode.SHIFT, KeyCode.F10);
        RadioMenuItem byName = (RadioMenuItem) menu.getItems().get(1);
        assertEquals(fx.text("table.sortBy", fx.text("customer.field.name")), byName.getText());
        assertTrue(byName.isSelected(), "the list starts sorted by name, and the menu says so");
        choose(menu, fx.text("table.sortBy", fx.text("customer.field.number")));

        awaitNumbers(List.of("100001", "100002", "100003"));
        var numberColumn = fx.onFx(() -> table().getSortOrder().get(0));
        assertEquals(fx.text("customers.column.number"), numberColumn.getText(), "the header shows the new order");

        choose(openMenuWith(KeyCode.CONTEXT_MENU), fx.text("table.descending"));

        awaitNumbers(List.of("100003", "100002", "100001"));
        assertEquals(SortType.DESCENDING, numberColumn.getSortType());
        fx.assertNoProblems();
    }

    /**
     * With every customer selected (Ctrl+A), a click on a header sorts the list, and all stay selected. The
     * list handles the sort itself and the table does not run its own sort after it: that one compared the
     * selection before and after row by row and froze the window for 9 s with 100,000 customers selected.
     */
    @Test
    void aHeaderClickWithEveryoneSelectedSortsWithoutTheTablesOwnSort() {
        fx.showCustomers();
        awaitNumbers(List.of("100002", "100003", "100001"));
        AtomicBoolean tableSortedItself = new AtomicBoolean();
        fx.onFx(() -> table().getParent().addEventHandler(SortEvent.ANY, e -> tableSortedItself.set(true)));
        type(KeyCode.DOWN);
        fx.waitUntil("the table has the focus", () -> table().isFocused());
        push(KeyCode.SHORTCUT, KeyCode.A);
        fx.waitUntil("everyone is selected", () -> fx.onFx(() -> table().getSelectionModel().getSelectedItems()
                .size()) == 3);

        Node numberHeader = fx.onFx(() -> table().lookupAll(".column-header").stream()
                .filter(h -> h instanceof TableColumnHeader c && c.getTableColumn() != null
                        && "numberColumn".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow());
        clickOn(numberHeader);

        awaitNumbers(List.of("100001", "100002", "100003"));
        fx.awaitIdle();
        assertEquals(3, fx.onFx(() -> table().getSelectionModel().getSelectedItems().size()), "all stay selected");
        assertEquals(fx.text("customers.coupon", 3), fx.<Button>node(fx.mainRoot(), "#couponButton").getText());
        assertFalse(tableSortedItself.get(), "the table ran its own sort after the list's");
        fx.assertNoProblems();
    }
}
