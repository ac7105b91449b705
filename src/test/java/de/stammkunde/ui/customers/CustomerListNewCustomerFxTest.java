package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A customer created from the list (Ctrl+N, Save) is chosen and shown in it, ready for the next key. */
class CustomerListNewCustomerFxTest extends FxRobot {

    private static final int SEEDED = 60;

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        List<CustomerDetails> many = IntStream.rangeClosed(1, SEEDED)
                .mapToObj(i -> Customers.named("Anna", String.format("Becker%02d", i))).toList();
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(many).start();
        fx.showCustomers();
        fx.waitUntil("the list shows everyone", () -> table().getItems().size() == SEEDED);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    private List<Long> chosen() {
        return fx.onFx(() -> table().getSelectionModel().getSelectedItems().stream().map(CustomerListRow::id)
                .toList());
    }

    /** Ctrl+N, a name, Enter: the new customer Zora Zimmermann, listed last by name. */
    private Customer createZora() {
        create("Zora", "Zimmermann");
        return fx.customersInDatabase().stream().filter(c -> c.details().lastName().equals("Zimmermann"))
                .findFirst().orElseThrow();
    }

    private void create(String firstName, String lastName) {
        push(KeyCode.SHORTCUT, KeyCode.N);
        fx.awaitWindow(fx.text("customer.form.newTitle"));
        fx.waitUntil("the first name has the focus", () -> fx.onFx(() -> fx.activeWindow().getScene()
                .getFocusOwner() != null && "firstNameField".equals(fx.activeWindow().getScene().getFocusOwner()
                .getId())));
        fx.write(firstName);
        type(KeyCode.TAB);
        fx.write(lastName);
        type(KeyCode.ENTER);
        fx.awaitNoOtherWindow();
        fx.waitUntil("the list shows the new customer", () -> table().getItems().size() == SEEDED + 1);
    }

    @Test
    void aNewCustomerIsShownWithTheCustomersBeforeAndAfterHer() {
        // As the top row, a new "Mueller, Alena" hid the "Müller, Alena" just above her, whom she might be.
        create("Anna", "Becker40a");
        fx.waitUntil("she is chosen", () -> chosen().size() == 1 && table().isFocused());
        fx.awaitIdle();

        int row = fx.onFx(() -> table().getSelectionModel().getSelectedIndex());
        assertEquals(40, row, "after Becker40");
        int[] visible = fx.onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table().lookup(".virtual-flow");
            return new int[] {flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex()};
        });
        assertTrue(visible[0] < row - 1 && row + 1 < visible[1], "rows " + visible[0] + "–" + visible[1] + " in view");
    }

    private void assertShownWithTheFocus(Customer zora) {
        fx.waitUntil("Zora is chosen", () -> List.of(zora.id()).equals(chosen()));
        fx.waitUntil("the list has the focus", () -> table().isFocused());
        fx.awaitIdle();
        int row = fx.onFx(() -> table().getSelectionModel().getSelectedIndex());
        assertEquals(SEEDED, row, "last by name");
        int[] visible = fx.onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table().lookup(".virtual-flow");
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            return new int[] {first.getIndex(), last.getIndex()};
        });
        assertTrue(visible[0] <= row && row <= visible[1], "rows " + visible[0] + "–" + visible[1] + " in view");
    }

    @Test
    void ctrlNFromTheSearchFieldThenSaveChoosesTheNewCustomerAndShowsHer() {
        fx.waitUntil("the search field has the focus", () -> fx.<javafx.scene.Node>node(fx.mainRoot(),
                "#searchField").isFocused());

        Customer zora = createZora();

        assertShownWithTheFocus(zora);
        fx.assertNoProblems();
    }

    @Test
    void aNewCustomerTheSearchWouldHideIsShownWithTheSearchCleared() {
        fx.write("Becker0");
        fx.waitUntil("the search lists nine", () -> table().getItems().size() == 9);
        type(KeyCode.DOWN);
        fx.waitUntil("the first is chosen", () -> chosen().size() == 1 && table().isFocused());

        Customer zora = createZora();

        assertEquals("", fx.onFx(() -> fx.<javafx.scene.control.TextField>node(fx.mainRoot(), "#searchField")
                .getText()), "before, the list kept searching for Becker0 and nobody was chosen");
        assertShownWithTheFocus(zora);
        fx.assertNoProblems();
    }

    @Test
    void ctrlNFromTheListChoosesTheNewCustomerInsteadOfTheOneChosenBefore() {
        type(KeyCode.DOWN);
        fx.waitUntil("the first is chosen", () -> chosen().size() == 1 && table().isFocused());

        Customer zora = createZora();

        assertShownWithTheFocus(zora);
        type(KeyCode.F2);
        fx.awaitWindow(fx.text("customer.form.editTitle", zora.displayName(), zora.number()));
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        fx.assertNoProblems();
    }
}
