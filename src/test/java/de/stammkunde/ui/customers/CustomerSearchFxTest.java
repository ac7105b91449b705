package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Finding a customer without the mouse: typing in the list's search field narrows the list, arrows
 * move, Enter opens; at the counter a customer number and Enter shows the customer at once.
 */
class CustomerSearchFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(
                Customers.anna(),                          // 100001
                Customers.named("Sabine", "Schulz"),       // 100002
                Customers.named("Sven", "Schmidt"),        // 100003
                Customers.named("Bernd", "Becker"),        // 100004
                Customers.named("Carla", "Neumann"))       // 100005
                .start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Customer seeded(String lastName) {
        return fx.seeded().stream().filter(c -> c.details().lastName().equals(lastName)).findFirst().orElseThrow();
    }

    // --- the customer list ---

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    private TextField searchField() {
        return fx.node(fx.mainRoot(), "#searchField");
    }

    private void awaitCount(int count) {
        Label countLabel = fx.node(fx.mainRoot(), "#countLabel");
        String expected = fx.text("customers.count", count);
        fx.waitUntil("the list says \"" + expected + "\" (it says \"" + countLabel.getText() + "\")",
                () -> expected.equals(countLabel.getText()) && table().getItems().size() == count);
    }

    private Parent awaitFormFor(Customer customer) {
        Stage form = fx.awaitWindow(fx.text("customer.form.editTitle", customer.displayName(), customer.number()));
        Parent root = form.getScene().getRoot();
        TextField lastName = fx.node(root, "#lastNameField");
        assertEquals(customer.details().lastName(), lastName.getText());
        fx.waitUntil("the last name field of the form has the focus", lastName::isFocused);
        return root;
    }

    @Test
    void typingNarrowsTheListArrowsMoveAndEnterOpensTheSelectedCustomer() {
        fx.showCustomers();
        awaitCount(5);

        fx.write("sch");

        awaitCount(2);
        List<String> names = table().getItems().stream().map(CustomerListRow::displayName).toList();
        assertEquals(List.of("Schmidt, Sven", "Schulz, Sabine"), names);
        assertTrue(searchField().isFocused(), "the cursor stays in the search field while typing");

        type(KeyCode.DOWN);
        fx.waitUntil("the table has the focus with the first row selected",
                () -> table().isFocused() && table().getSelectionModel().getSelectedIndex() == 0);
        type(KeyCode.DOWN);
        fx.waitUntil("the second row is selected", () -> table().getSelectionModel().getSelectedIndex() == 1);
        type(KeyCode.ENTER);

        Parent form = awaitFormFor(seeded("Schulz"));
        assertEquals(List.of(), fx.missingTexts(form));

        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(5, fx.customersInDatabase().size());
        fx.assertNoProblems();
    }

    @Test
    void aCardScannedIntoTheSearchFieldFindsItsHolder() {
        String card = fx.app().cards().issue(seeded("Becker").id()).number();
        fx.showCustomers();
        awaitCount(5);

        fx.write(card);

        awaitCount(1);
        assertEquals("Becker, Bernd", table().getItems().get(0).displayName());
        type(KeyCode.ENTER);
        awaitFormFor(seeded("Becker"));
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        fx.assertNoProblems();
    }

    @Test
    void enterInTheSearchFieldOpensTheOnlyMatchAndUpGoesBackToTheSearch() {
        fx.showCustomers();
        awaitCount(5);

        fx.write("Neumann");
        awaitCount(1);
        type(KeyCode.ENTER);

        awaitFormFor(seeded("Neumann"));
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();

        // Back in the list: Up from the first row returns to the search field, typing goes on there.
        fx.onFx(() -> table().requestFocus());
        fx.waitUntil("the table has the focus", () -> table().isFocused());
        type(KeyCode.UP);
        fx.waitUntil("the search field has the focus again", () -> searchField().isFocused());
        fx.assertNoProblems();
    }

    @Test
    void anEmptyArchiveDoesNotSuggestCreatingACustomerWhoWouldNotBeListedThere() {
        // "Only archived" with nobody archived said "… – or create a customer with “New …”": a new customer is
        // not archived and does not show in that list either.
        fx.showCustomers();
        awaitCount(5);

        fx.onFx(() -> fx.<ComboBox<ArchiveFilter>>node(fx.mainRoot(), "#archiveFilter")
                .setValue(ArchiveFilter.ARCHIVED_ONLY));

        awaitCount(0);
        Label placeholder = (Label) table().getPlaceholder();
        fx.waitUntil("the list says nobody is archived (it says \"" + placeholder.getText() + "\")",
                () -> fx.text("customers.emptyArchived").equals(placeholder.getText()));
        assertFalse(placeholder.getText().contains(fx.text("customers.new")), placeholder.getText());

        fx.onFx(() -> fx.<ComboBox<ArchiveFilter>>node(fx.mainRoot(), "#archiveFilter")
                .setValue(ArchiveFilter.ACTIVE_ONLY));
        fx.onFx(() -> searchField().setText("zz"));
        awaitCount(0);
        fx.waitUntil("a search that found nobody says so again",
                () -> fx.text("customers.empty").equals(placeholder.getText()));
        fx.assertNoProblems();
    }

    @Test
    void searchWithoutMatchesShowsTheEmptyListAndKeysDoNothingHarmful() {
        fx.showCustomers();
        awaitCount(5);

        fx.write("zz'%_; DROP TABLE customer; --");

        awaitCount(0);
        assertEquals(fx.text("customers.count", 0), "No customers");
        Label placeholder = (Label) table().getPlaceholder();
        fx.waitUntil("the table shows its placeholder", () -> placeholder.getScene() != null
                && placeholder.isVisible() && placeholder.getParent().isVisible());
        assertEquals(fx.text("customers.empty"), placeholder.getText());

        type(KeyCode.ENTER);
        type(KeyCode.DOWN);
        fx.awaitIdle();
        assertTrue(fx.otherWindows().isEmpty(), "nothing opens");
        assertTrue(table().getSelectionModel().isEmpty());
        assertTrue(searchField().isFocused(), "the cursor stays in the search field");

        // Esc empties the search: everyone is back.
        type(KeyCode.ESCAPE);
        awaitCount(5);
        assertEquals("", searchField().getText());
        assertEquals(5, fx.customersInDatabase().size());
        assertEquals(List.of(), fx.missingTexts(fx.mainRoot()));
        assertTrue(fx.dialogs().shown().isEmpty(), "no dialog: " + fx.dialogs().shown());
        fx.assertNoProblems();
    }

    // --- the counter ---

    private TextField counterInput() {
        return fx.node(fx.mainRoot(), "#inputField");
    }

    private void awaitPanelFor(Customer customer) {
        Node panel = fx.node(fx.mainRoot(), "#panel");
        Label name = fx.node(fx.mainRoot(), "#nameLabel");
        fx.waitUntil("the counter shows " + customer.displayName(),
                () -> panel.isVisible() && customer.displayName().equals(name.getText()));
        assertEquals(fx.text("counter.number", customer.number()), fx.<Label>node(fx.mainRoot(), "#numberLabel")
                .getText());
        TextField amount = fx.node(fx.mainRoot(), "#amountField");
        fx.waitUntil("the input is empty and the amount of the sale has the focus",
                () -> counterInput().getText().isEmpty() && amount.isFocused());
    }

    @Test
    void counterCustomerNumberAndEnterShowsTheCustomerAtOnce() {
        fx.showCounter();
        Customer schmidt = seeded("Schmidt");

        fx.write(schmidt.number());
        type(KeyCode.ENTER);

        awaitPanelFor(schmidt);
        assertFalse(fx.<ListView<?>>node(fx.mainRoot(), "#resultList").isVisible());

        // The next scan replaces the customer shown.
        Customer anna = seeded("Müller");
        fx.write(anna.number());
        type(KeyCode.ENTER);
        awaitPanelFor(anna);
        assertEquals(anna.details().email(), fx.<Label>node(fx.mainRoot(), "#emailLabel").getText());
        assertEquals(List.of(), fx.missingTexts(fx.mainRoot()));
        fx.assertNoProblems();
    }

    @Test
    void counterNameSearchIsChosenWithArrowsAndEnter() {
        fx.showCounter();
        ListView<CustomerListRow> results = fx.node(fx.mainRoot(), "#resultList");

        fx.write("sch");
        type(KeyCode.ENTER);

        fx.waitUntil("two matches are listed", () -> results.isVisible() && results.getItems().size() == 2);
        assertEquals(List.of("Schmidt, Sven", "Schulz, Sabine"),
                results.getItems().stream().map(CustomerListRow::displayName).toList());
        type(KeyCode.DOWN);
        fx.waitUntil("the list has the focus with the first match selected",
                () -> results.isFocused() && results.getSelectionModel().getSelectedIndex() == 0);
        type(KeyCode.DOWN);
        fx.waitUntil("the second match is selected", () -> results.getSelectionModel().getSelectedIndex() == 1);
        type(KeyCode.ENTER);

        awaitPanelFor(seeded("Schulz"));
        assertFalse(results.isVisible());
        fx.assertNoProblems();
    }

    @Test
    void counterUnknownNumberOrGarbageSaysNothingWasFoundAndEscStartsOver() {
        fx.showCounter();
        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        Node panel = fx.node(fx.mainRoot(), "#panel");
        Node hint = fx.node(fx.mainRoot(), "#hintLabel");

        fx.write("999999");
        type(KeyCode.ENTER);
        fx.waitUntil("the counter says nothing was found",
                () -> fx.text("counter.nothingFound", "999999").equals(message.getText()));
        assertFalse(panel.isVisible());

        type(KeyCode.ESCAPE);
        fx.waitUntil("Esc clears input and message", () -> message.getText().isEmpty()
                && counterInput().getText().isEmpty() && hint.isVisible());

        fx.write("%%% \\ ' \"");
        type(KeyCode.ENTER);
        fx.waitUntil("the counter says nothing was found for the odd text",
                () -> message.getText().equals(fx.text("counter.nothingFound", "%%% \\ ' \"")));

        // Only blanks and Enter: nothing happens, the message goes.
        type(KeyCode.ESCAPE);
        fx.write("   ");
        type(KeyCode.ENTER);
        fx.awaitIdle();
        assertEquals("", message.getText());
        assertFalse(panel.isVisible());
        assertTrue(hint.isVisible());
        assertTrue(fx.dialogs().shown().isEmpty(), "no dialog: " + fx.dialogs().shown());
        fx.assertNoProblems();
    }
}
