package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The list is loaded anew after every change (an edit, an archive, a restore); the customer the
 * owner was working on stays chosen, so Edit, Archive and the arrow keys go on from there.
 */
class CustomerListSelectionFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(
                Customers.named("Bernd", "Becker"),        // 100001
                Customers.named("Carla", "Neumann"),       // 100002
                Customers.named("Sven", "Schmidt"))        // 100003
                .start();
        fx.showCustomers();
        fx.waitUntil("the list shows all three", () -> table().getItems().size() == 3);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    private List<String> chosen() {
        return fx.onFx(() -> table().getSelectionModel().getSelectedItems().stream().map(CustomerListRow::number)
                .toList());
    }

    @Test
    void aCustomerEditedAndSavedStaysChosenAndDownGoesOnToTheNext() {
        type(KeyCode.DOWN, KeyCode.DOWN);
        fx.waitUntil("Neumann is chosen", () -> List.of("100002").equals(chosen()));
        type(KeyCode.ENTER);
        Parent form = fx.awaitWindow(fx.text("customer.form.editTitle", "Neumann, Carla", "100002")).getScene()
                .getRoot();
        fx.replaceText(form, "#cityField", "Potsdam");
        clickOn(fx.<Button>node(form, "#saveButton"));
        fx.awaitNoOtherWindow();
        fx.waitUntil("the list shows the new city", () -> table().getItems().stream()
                .anyMatch(r -> r.city().equals("Potsdam")));
        fx.awaitIdle();

        // Before, the reloaded list had nothing chosen: Edit and Archive were greyed out.
        assertEquals(List.of("100002"), chosen());
        assertFalse(fx.<Button>node(fx.mainRoot(), "#editButton").isDisabled());
        type(KeyCode.DOWN);
        fx.waitUntil("Down goes on to Schmidt", () -> List.of("100003").equals(chosen()));
        fx.assertNoProblems();
    }

    @Test
    void aCustomerRestoredStaysChosenWithRestoreTurnedBackIntoArchive() {
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");
        fx.onFx(() -> archive.setValue(ArchiveFilter.ALL));
        fx.onFx(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(0);
        });
        Button archiveButton = fx.node(fx.mainRoot(), "#archiveButton");
        fx.dialogs().answerConfirm(true);
        clickOn(archiveButton);
        fx.waitUntil("Becker is archived", () -> table().getItems().get(0).archived());
        fx.awaitIdle();
        assertEquals(List.of("100001"), chosen());
        assertEquals(fx.text("customers.unarchive"), archiveButton.getText());

        fx.dialogs().answerConfirm(true);
        clickOn(archiveButton);
        fx.waitUntil("Becker is back", () -> !table().getItems().get(0).archived());
        fx.awaitIdle();

        assertEquals(List.of("100001"), chosen());
        assertEquals(fx.text("customers.archive"), archiveButton.getText());
        fx.assertNoProblems();
    }

    @Test
    void anArchivedCustomerCanBeErasedAfterAQuestionAndLeavesEveryList() {
        Button erase = fx.node(fx.mainRoot(), "#eraseButton");
        fx.onFx(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(0);
        });
        fx.awaitIdle();
        assertFalse(fx.onFx(erase::isVisible), "not offered for a customer in the list: archive first");
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");
        fx.onFx(() -> archive.setValue(ArchiveFilter.ALL));
        fx.dialogs().answerConfirm(true);
        clickOn(fx.<Button>node(fx.mainRoot(), "#archiveButton"));
        fx.waitUntil("Becker is archived", () -> table().getItems().get(0).archived());
        fx.waitUntil("erasing is offered", erase::isVisible);
        assertEquals("Erase data (GDPR) …", erase.getText());

        fx.dialogs().answerConfirm(false);
        clickOn(erase);
        fx.awaitIdle();
        assertEquals(3, table().getItems().size(), "Cancel erases nothing");
        assertEquals("Becker", fx.customersInDatabase().get(0).details().lastName());

        fx.dialogs().answerConfirm(true);
        clickOn(erase);

        fx.waitUntil("Becker has left the list", () -> table().getItems().size() == 2);
        ScriptedDialogs.Shown question = fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).get(1);
        assertEquals(List.of("Erase for good", "Cancel"), question.choices());
        fx.waitUntil("it says it is done", () -> !fx.dialogs().shown(ScriptedDialogs.Kind.INFO).isEmpty());
        assertEquals(fx.text("customers.erase.done", "100001"),
                fx.dialogs().shown(ScriptedDialogs.Kind.INFO).get(0).message());
        assertEquals("", fx.app().customers().find(fx.seeded().get(0).id()).orElseThrow().details().lastName());
        fx.awaitIdle();
        assertEquals("table", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()),
                "the focus is back in the list, not on Import");
        fx.assertNoProblems();
    }
}
