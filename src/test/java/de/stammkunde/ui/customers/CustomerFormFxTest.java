package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer form in the real window: messages beside the fields, Save only when all is right. */
class CustomerFormFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Parent openNewForm() {
        clickOn(fx.<Button>node(fx.mainRoot(), "#newButton"));
        Stage form = fx.awaitWindow(fx.text("customer.form.newTitle"));
        Parent root = form.getScene().getRoot();
        // The form puts the cursor into the first field by itself.
        fx.waitUntil("the first name field has the focus", () -> field(root, "#firstNameField").isFocused());
        return root;
    }

    private TextField field(Parent form, String id) {
        return fx.node(form, id);
    }

    private Label label(Parent form, String id) {
        return fx.node(form, id);
    }

    /** Moves the cursor into a field as Tab would (the form scrolls, so no mouse clicks on fields). */
    private void typeInto(Parent form, String id, String text) {
        TextField field = field(form, id);
        fx.onFx(field::requestFocus);
        fx.waitUntil(id + " has the focus", field::isFocused);
        fx.write(text);
    }

    private boolean shows(Label label) {
        return label.isVisible() && label.isManaged() && !label.getText().isEmpty();
    }

    @Test
    void invalidEmailIsExplainedBesideTheFieldAndSaveWaitsUntilItIsFixed() {
        Parent form = openNewForm();
        Button save = fx.node(form, "#saveButton");
        Label emailError = label(form, "#emailError");
        assertTrue(save.isDisabled(), "an empty form cannot be saved");
        assertFalse(shows(emailError), "no message before the user typed anything");

        typeInto(form, "#firstNameField", "Berta");
        typeInto(form, "#lastNameField", "Schmidt");
        typeInto(form, "#emailField", "berta.schmidt@");

        fx.waitUntil("the e-mail message shows", () -> shows(emailError));
        assertEquals(fx.text("validation.email.invalid"), emailError.getText());
        assertTrue(save.isDisabled());

        fx.replaceText(form, "#emailField", "berta.schmidt@example.de");

        fx.waitUntil("the e-mail message is gone", () -> !shows(emailError));
        assertFalse(save.isDisabled());

        clickOn(save);

        fx.awaitNoOtherWindow();
        List<Customer> stored = fx.customersInDatabase();
        assertEquals(2, stored.size());
        Customer berta = stored.get(1);
        assertEquals("Schmidt", berta.details().lastName());
        assertEquals("berta.schmidt@example.de", berta.details().email());
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("the list shows the new customer", () -> table.getItems().size() == 2);
        assertEquals(fx.text("customers.count", 2), fx.<Label>node(fx.mainRoot(), "#countLabel").getText());
        assertTrue(fx.dialogs().shown().isEmpty(), "no dialog: " + fx.dialogs().shown());
        fx.assertNoProblems();
    }

    @Test
    void badInputIsExplainedFieldByFieldAndNothingIsSaved() {
        Parent form = openNewForm();
        Button save = fx.node(form, "#saveButton");

        // The required rule: a first name, then Tab through the empty last name says what is missing.
        fx.write("Berta");
        type(KeyCode.TAB);
        fx.waitUntil("the last name field has the focus", () -> field(form, "#lastNameField").isFocused());
        assertFalse(shows(label(form, "#lastNameError")), "no message while the user is still in the field");
        type(KeyCode.TAB);
        fx.waitUntil("the company field has the focus", () -> field(form, "#companyField").isFocused());
        fx.waitUntil("the name message shows", () -> shows(label(form, "#lastNameError")));
        assertTrue(save.isDisabled());

        typeInto(form, "#birthDateField", "31/02/1980");
        typeInto(form, "#phoneField", "call me maybe");
        typeInto(form, "#postcodeField", "5066");
        typeInto(form, "#tagsField", ";;;,,,");

        for (String error : List.of("#lastNameError", "#birthDateError", "#phoneError", "#postcodeError")) {
            fx.waitUntil(error + " shows", () -> shows(label(form, error)));
        }
        assertEquals(fx.text("validation.name.required"), label(form, "#lastNameError").getText());
        assertEquals(fx.text("validation.birthDate.noSuchDay", "31/02/1980"), label(form, "#birthDateError").getText());
        assertEquals(fx.text("validation.phone.characters"), label(form, "#phoneError").getText());
        assertEquals(fx.text("validation.postcode.format.DE"), label(form, "#postcodeError").getText());
        assertFalse(shows(label(form, "#tagsError")), "odd separators in the tags are no error");
        assertTrue(save.isDisabled());
        assertEquals(List.of(), fx.missingTexts(form));

        // Enter would press the default button, which is disabled: nothing happens, the form stays.
        type(KeyCode.ENTER);
        fx.awaitIdle();
        assertEquals(1, fx.otherWindows().size(), "the form is still open");
        assertEquals("call me maybe", field(form, "#phoneField").getText(), "nothing typed is lost");

        // Esc is Cancel, which asks first: what was typed is not thrown away by one key.
        fx.dialogs().answerConfirm(false);
        type(KeyCode.ESCAPE);
        fx.waitUntil("the question was asked",
                () -> fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size() == 1);
        fx.awaitIdle();
        assertEquals(1, fx.otherWindows().size(), "kept: the form is still open");
        assertEquals("call me maybe", field(form, "#phoneField").getText());
        assertEquals("Discard changes?", fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).get(0).title());

        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(1, fx.customersInDatabase().size(), "discarded: nothing was stored");
        assertEquals(2, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size());
        fx.assertNoProblems();
    }

    @Test
    void ctrlNOpensANewFormWithTheSearchThatFoundNobodyAndEscClosesItWithoutAsking() {
        fx.write("Berta"); // typed into the list's search field: nobody is called so
        Label count = fx.node(fx.mainRoot(), "#countLabel");
        fx.waitUntil("the search found nobody", () -> fx.onFx(count::getText).equals(fx.text("customers.count", 0)));
        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent root = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        fx.waitUntil("the first name field has the focus", () -> field(root, "#firstNameField").isFocused());
        assertEquals("Berta", fx.onFx(() -> field(root, "#lastNameField").getText()), "one word: the last name");

        type(KeyCode.ESCAPE);

        fx.awaitNoOtherWindow();
        assertTrue(fx.dialogs().shown().isEmpty(), "no dialog: " + fx.dialogs().shown());
    }

    @Test
    void futureBirthDateIsRefusedInGermanAndEnterSavesOnceItIsFixed() throws Exception {
        fx.close();
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        fx.showCustomers();
        Parent form = openNewForm();
        Button save = fx.node(form, "#saveButton");

        typeInto(form, "#lastNameField", "Öztürk");
        typeInto(form, "#birthDateField", "1.1.2030");

        Label birthDateError = label(form, "#birthDateError");
        fx.waitUntil("the birth date message shows", () -> shows(birthDateError));
        assertEquals("Das Geburtsdatum liegt in der Zukunft. Bitte prüfen.", birthDateError.getText());
        assertTrue(save.isDisabled());
        assertEquals(List.of(), fx.missingTexts(form));

        fx.replaceText(form, "#birthDateField", "29.2.1988");
        fx.waitUntil("the birth date message is gone", () -> !shows(birthDateError));
        assertFalse(save.isDisabled());

        type(KeyCode.ENTER);

        fx.awaitNoOtherWindow();
        Customer saved = fx.customersInDatabase().get(1);
        assertEquals("Öztürk", saved.details().lastName());
        assertEquals(java.time.LocalDate.of(1988, 2, 29), saved.details().birthDate());
        fx.assertNoProblems();
    }
}
