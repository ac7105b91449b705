package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.Painted;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A new customer who looks like a known one: the form says so and opens the known one on request. */
class DuplicateWarningFxTest extends FxRobot {

    private FxAppFixture fx;
    private Customer anna;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Parent openNewForm() {
        clickOn(fx.<Button>node(fx.mainRoot(), "#newButton"));
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        fx.waitUntil("the first name field has the focus", () -> fx.<TextField>node(form, "#firstNameField")
                .isFocused());
        return form;
    }

    private boolean warningShows(Parent form) {
        VBox pane = fx.node(form, "#duplicatePane");
        return pane.isVisible() && pane.isManaged() && !fx.<VBox>node(form, "#duplicateList").getChildren().isEmpty();
    }

    /** The text of the warning's entries, e.g. "Müller, Anna (100001) – same e-mail". */
    private List<String> warningEntries(Parent form) {
        return fx.onFx(() -> fx.<VBox>node(form, "#duplicateList").getChildren().stream()
                .map(line -> ((Label) ((javafx.scene.layout.HBox) line).getChildren().get(0)).getText())
                .toList());
    }

    private String entry(Customer existing, String reasonKey) {
        return fx.text("customer.duplicates.entry", existing.displayName(), existing.number(), fx.text(reasonKey));
    }

    @Test
    void sameEmailWarnsAndTheLinkOpensTheExistingCustomer() {
        Parent form = openNewForm();
        fx.write("Annemarie");
        fx.replaceText(form, "#lastNameField", "Schulz");
        assertFalse(warningShows(form), "a different name alone is no duplicate");

        fx.replaceText(form, "#emailField", "Anna.Mueller@Example.DE");

        fx.waitUntil("the duplicate warning shows", () -> warningShows(form));
        assertEquals(fx.text("customer.duplicates.title"), fx.<Label>node(form, "#duplicateTitle").getText());
        assertEquals(List.of(entry(anna, "duplicate.reason.EMAIL")), warningEntries(form));
        Hyperlink open = fx.node(form, "#openExisting" + anna.number());
        assertEquals(fx.text("customer.duplicates.open"), open.getText());
        assertEquals(List.of(), fx.missingTexts(form));

        clickOn(open);

        Parent existing = fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()))
                .getScene().getRoot();
        assertEquals(1, fx.otherWindows().size(), "the new form closed, the existing customer's form is open");
        assertEquals("Müller", fx.<TextField>node(existing, "#lastNameField").getText());
        assertEquals(anna.details().email(), fx.<TextField>node(existing, "#emailField").getText());
        assertFalse(warningShows(existing), "an existing customer is not warned about");
        assertEquals(1, fx.customersInDatabase().size(), "nothing was created");
        fx.assertNoProblems();
    }

    /** The link is reached with Tab from the first field back: the user must see that it has the focus. */
    @Test
    void theLinkShowsWhenItHasTheFocus() {
        Parent form = openNewForm();
        fx.write("Annemarie");
        fx.replaceText(form, "#lastNameField", "Schulz");
        fx.replaceText(form, "#emailField", "anna.mueller@example.de");
        fx.waitUntil("the duplicate warning shows", () -> warningShows(form));
        Hyperlink open = fx.node(form, "#openExisting" + anna.number());
        String unfocused = looks(open);

        fx.onFx(open::requestFocus);
        fx.waitUntil("the link has the focus", open::isFocused);

        assertNotEquals(unfocused, looks(open), "the link with the focus is marked");
        type(KeyCode.SPACE);
        fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()));
        fx.assertNoProblems();
    }

    @Test
    void samePhoneWrittenDifferentlyWarnsButDoesNotStopSaving() {
        Parent form = openNewForm();
        fx.write("Annemarie");
        fx.replaceText(form, "#lastNameField", "Schulz");
        fx.replaceText(form, "#phoneField", "+49 (221) 12 34 56");

        fx.waitUntil("the duplicate warning shows", () -> warningShows(form));
        assertEquals(List.of(entry(anna, "duplicate.reason.PHONE")), warningEntries(form));

        // It is a warning, not a rule: the shop may well have two customers on one landline.
        Button save = fx.node(form, "#saveButton");
        assertFalse(save.isDisabled());
        clickOn(save);

        fx.awaitNoOtherWindow();
        assertEquals(2, fx.customersInDatabase().size());
        assertEquals("Schulz", fx.customersInDatabase().get(1).details().lastName());
        fx.assertNoProblems();
    }

    @Test
    void changingOrBreakingTheMatchingValueTakesTheWarningAwayWithoutACrash() {
        Parent form = openNewForm();
        fx.write("Annemarie");
        fx.replaceText(form, "#lastNameField", "Schulz");
        fx.replaceText(form, "#emailField", "anna.mueller@example.de");
        fx.waitUntil("the duplicate warning shows", () -> warningShows(form));

        // A broken address matches nobody: the warning goes, the field says what is wrong.
        fx.replaceText(form, "#emailField", "anna.mueller@@example");
        Label emailError = fx.node(form, "#emailError");
        fx.waitUntil("the warning is gone and the e-mail message shows",
                () -> !warningShows(form) && emailError.isVisible());
        assertEquals(fx.text("validation.email.invalid"), emailError.getText());

        // Garbage in the phone field, then nothing: no warning, no crash.
        fx.replaceText(form, "#phoneField", "0221 123456");
        fx.waitUntil("the phone warning shows", () -> warningShows(form));
        fx.replaceText(form, "#phoneField", "");
        fx.waitUntil("the warning is gone again", () -> !warningShows(form));
        fx.replaceText(form, "#phoneField", "+++///---");
        fx.awaitIdle();
        Node phoneError = fx.node(form, "#phoneError");
        fx.waitUntil("the phone message shows", phoneError::isVisible);
        assertFalse(warningShows(form));
        assertTrue(fx.<Button>node(form, "#saveButton").isDisabled());

        fx.dialogs().answerConfirm(true); // discard what was typed
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(1, fx.customersInDatabase().size());
        assertEquals(List.of(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE), fx.dialogs().shown().stream()
                .map(ScriptedDialogs.Shown::kind).toList(), "only the question whether to discard");
        fx.assertNoProblems();
    }

    private String looks(Region region) {
        return fx.onFx(() -> Painted.of(region));
    }
}
