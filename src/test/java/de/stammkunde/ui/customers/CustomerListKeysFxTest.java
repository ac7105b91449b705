package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
    void tabIntoTheListSelectsTheFirstCustomer() {
        focus("#archiveFilter");

        type(KeyCode.TAB);

        fx.waitUntil("the list has the focus", () -> table().isFocused());
        fx.waitUntil("a customer is selected (it is " + selectedName() + ")",
                () -> "Becker, Bernd".equals(selectedName()));
        assertFalse(fx.<Button>node(fx.mainRoot(), "#editButton").isDisabled(), "Edit has a customer to edit");
        fx.assertNoProblems();
    }

    @Test
    void afterSavingACustomerTheRowTheCursorIsOnIsSelected() {
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        fx.waitUntil("Neumann is selected", () -> "Neumann, Carla".equals(selectedName()));
        type(KeyCode.ENTER);
        fx.awaitWindow(fx.text("customer.form.editTitle", "Neumann, Carla", "100003"));
        type(KeyCode.END);
        fx.write("s");
        type(KeyCode.ENTER);
        fx.awaitNoOtherWindow();
        fx.waitUntil("the list shows the new name",
                () -> fx.onFx(() -> "Neumanns, Carla".equals(table().getItems().get(2).displayName())));

        fx.waitUntil("the customer just saved is selected (it is " + selectedName() + ")",
                () -> "Neumanns, Carla".equals(selectedName()));
        assertEquals("TableView#table", focusOwner());
        fx.assertNoProblems();
    }

    @Test
    void afterArchivingTheFocusIsBackInTheListNotOnImport() {
        type(KeyCode.DOWN);
        fx.waitUntil("Becker is selected", () -> "Becker, Bernd".equals(selectedName()));
        focus("#archiveButton");
        fx.dialogs().answerConfirm(true);

        type(KeyCode.ENTER);

        awaitCount(2);
        fx.awaitIdle();
        assertEquals("TableView#table", focusOwner(), "the focus is in the list, where the archived customer was");
        fx.waitUntil("a customer is selected again (it is " + selectedName() + ")",
                () -> "Müller, Anna".equals(selectedName()));
        fx.assertNoProblems();
    }

    @Test
    void delArchivesTheSelectedCustomerAfterAskingAndF2OpensOne() {
        type(KeyCode.DOWN);
        fx.waitUntil("Becker is selected", () -> "Becker, Bernd".equals(selectedName()));
        fx.dialogs().answerConfirm(true);

        type(KeyCode.DELETE);

        awaitCount(2);
        assertEquals(fx.text("customers.archive"), fx.dialogs().shown().get(0).title(), "asked first");
        assertTrue(fx.app().customers().find(fx.seeded().get(0).id()).orElseThrow().archived());
        assertEquals("", fx.<TextField>node(fx.mainRoot(), "#searchField").getText(), "nothing typed");

        fx.waitUntil("the next customer is selected", () -> "Müller, Anna".equals(selectedName()));
        type(KeyCode.F2);

        fx.awaitWindow(fx.text("customer.form.editTitle", "Müller, Anna", "100002"));
        fx.assertNoProblems();
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

    @Test
    void ctrlNOpensANewCustomerFromAFilterAndFromAButtonToo() {
        // Before, with the focus on a filter just chosen (or on "Import …"), Ctrl+N did nothing: the hint under
        // the list says "Strg+N neu", and the name then typed went nowhere.
        for (String id : new String[] {"#archiveFilter", "#importButton"}) {
            focus(id);

            push(KeyCode.SHORTCUT, KeyCode.N);

            fx.awaitWindow(fx.text("customer.form.newTitle"));
            type(KeyCode.ESCAPE);
            fx.awaitNoOtherWindow();
        }
        fx.assertNoProblems();
    }

    @Test
    void theHintOffersDelOnlyWhereDelArchives() {
        // Before, the archive's hint said "Entf archiviert" too, where Del does nothing with an archived customer.
        Label hint = fx.node(fx.mainRoot(), "#keyboardHint");
        assertTrue(fx.onFx(hint::getText).contains("Entf"), fx.onFx(hint::getText));
        fx.onFx(() -> fx.<ComboBox<ArchiveFilter>>node(fx.mainRoot(), "#archiveFilter")
                .setValue(ArchiveFilter.ARCHIVED_ONLY));
        fx.awaitIdle();

        assertFalse(fx.onFx(hint::getText).contains("Entf"), fx.onFx(hint::getText));
        assertTrue(fx.onFx(hint::getText).contains("Strg+N"), fx.onFx(hint::getText));
        fx.onFx(() -> fx.<ComboBox<ArchiveFilter>>node(fx.mainRoot(), "#archiveFilter")
                .setValue(ArchiveFilter.ALL));
        fx.awaitIdle();
        assertTrue(fx.onFx(hint::getText).contains("Entf"), "the current ones are listed too: "
                + fx.onFx(hint::getText));
        fx.assertNoProblems();
    }
}
