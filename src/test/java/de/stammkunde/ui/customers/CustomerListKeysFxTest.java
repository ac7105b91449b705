package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer list from the keyboard alone: where the focus is, and that the user can see it. */
class CustomerListKeysFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(
                Customers.named("Bernd", "Becker"),
                Customers.named("Anna", "Müller"),
                Customers.named("Carla", "Neumann"))
                .start();
        fx.showCustomers();
        awaitCount(3);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    private void awaitCount(int count) {
        Label countLabel = fx.node(fx.mainRoot(), "#countLabel");
        fx.waitUntil("the list shows " + count + " customers",
                () -> fx.text("customers.count", count).equals(countLabel.getText())
                        && table().getItems().size() == count);
    }

    private String focusOwner() {
        return fx.onFx(() -> {
            Node owner = fx.stage().getScene().getFocusOwner();
            return owner == null ? "nothing" : owner.getClass().getSimpleName() + "#" + owner.getId();
        });
    }

    /** Moves the focus as Tab would; the way there is not what the test is about. */
    private void focus(String id) {
        Node node = fx.node(fx.mainRoot(), id);
        fx.onFx(node::requestFocus);
        fx.waitUntil(id + " has the focus", node::isFocused);
    }

    private String selectedName() {
        return fx.onFx(() -> {
            CustomerListRow row = table().getSelectionModel().getSelectedItem();
            return row == null ? "nobody" : row.displayName();
        });
    }

    @Test
    void tabFromTheListsLastButtonGoesToTheSidebarNotToTheInvisibleStatusBar() {
        type(KeyCode.DOWN);
        fx.waitUntil("Becker is selected", () -> "Becker, Bernd".equals(selectedName()));
        focus("#couponButton");

        type(KeyCode.TAB);

        fx.awaitIdle();
        assertEquals("ToggleButton#customersNav", focusOwner());
        fx.assertNoProblems();
    }
}
