package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer form from the keyboard alone: Enter saves wherever the cursor is, Tab goes on from the notes. */
class CustomerFormKeysFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Anna's form, opened as a user does: her name in the search, Enter. */
    private Parent openAnnasForm() {
        Customer anna = fx.seeded().get(0);
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.write("Müller");
        fx.waitUntil("the list shows Anna alone", () -> table.getItems().size() == 1);
        type(KeyCode.ENTER);
        Parent form = fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()))
                .getScene().getRoot();
        fx.waitUntil("the form has the focus", () -> fx.onFx(() -> form.getScene().getFocusOwner() != null));
        return form;
    }

    private void focus(Node node) {
        fx.onFx(node::requestFocus);
        fx.waitUntil(node.getId() + " has the focus", node::isFocused);
    }

    @Test
    void enterOnAConsentBoxSavesTheFormAndLeavesTheBoxAsItWas() {
        Parent form = openAnnasForm();
        CheckBox post = fx.node(form, "#consentPostBox");
        focus(post);
        type(KeyCode.SPACE);
        fx.waitUntil("Space ticks the post consent", post::isSelected);

        type(KeyCode.ENTER);

        fx.awaitNoOtherWindow();
        CustomerDetails stored = fx.customersInDatabase().get(0).details();
        assertTrue(stored.hasConsent(ConsentChannel.POST), "the consent just ticked is saved, not taken back");
        assertTrue(stored.hasConsent(ConsentChannel.EMAIL));
        fx.assertNoProblems();
    }

    @Test
    void tabLeavesTheNotesForTheNextFieldAndShiftTabForThePreviousOne() {
        Parent form = openAnnasForm();
        TextArea notes = fx.node(form, "#notesField");
        focus(notes);
        fx.onFx(notes::end);

        type(KeyCode.TAB);

        fx.waitUntil("the e-mail consent has the focus", () -> fx.<CheckBox>node(form, "#consentEmailBox").isFocused());
        assertEquals("Mag Vollkornbrot", notes.getText(), "no tab character in the notes");

        focus(notes);
        push(KeyCode.SHIFT, KeyCode.TAB);

        fx.waitUntil("the status has the focus", () -> fx.<Node>node(form, "#statusBox").isFocused());
        assertEquals("Mag Vollkornbrot", notes.getText());
        fx.assertNoProblems();
    }

    @Test
    void escOnAnEditedFormAsksWithButtonsThatSayWhatTheyDo() {
        Parent form = openAnnasForm();
        fx.write("x");
        fx.dialogs().answerConfirm(false);

        type(KeyCode.ESCAPE);

        fx.waitUntil("the question was asked",
                () -> fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size() == 1);
        ScriptedDialogs.Shown question = fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).get(0);
        assertEquals(List.of("Verwerfen", "Weiter bearbeiten"), question.choices(), "not OK / Abbrechen");
        fx.awaitIdle();
        assertTrue(form.getScene().getWindow().isShowing(), "Weiter bearbeiten keeps the form open");
        fx.assertNoProblems();
    }

    @Test
    void ctrlSSavesTheFormFromAnyFieldAndTheSaveButtonSaysSo() {
        Parent form = openAnnasForm();
        Button save = fx.node(form, "#saveButton");
        assertEquals("Speichern (Strg+S)", save.getTooltip().getText());
        TextArea notes = fx.node(form, "#notesField");
        focus(notes);
        fx.onFx(notes::end);
        fx.write(", Roggen");

        push(KeyCode.SHORTCUT, KeyCode.S);

        fx.awaitNoOtherWindow();
        assertEquals("Mag Vollkornbrot, Roggen", fx.customersInDatabase().get(0).details().notes());
        fx.assertNoProblems();
    }

    @Test
    void ctrlSOnAnUntouchedNewFormSavesNothingAndSaysWhatIsMissing() {
        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        Label name = fx.node(form, "#lastNameError");
        assertFalse(fx.onFx(name::isVisible), "no message before anything was done");

        push(KeyCode.SHORTCUT, KeyCode.S);

        fx.waitUntil("the name message shows", name::isVisible);
        assertEquals(fx.text("validation.name.required"), fx.onFx(name::getText));
        assertTrue(form.getScene().getWindow().isShowing(), "the form stays open");
        assertEquals(1, fx.customersInDatabase().size(), "nothing saved");
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        fx.assertNoProblems();
    }

    @Test
    void ctrlSSavesNothingWhileAnEntryIsWrong() {
        Parent form = openAnnasForm();
        fx.replaceText(form, "#emailField", "anna@");
        Button save = fx.node(form, "#saveButton");
        fx.waitUntil("Save is disabled", save::isDisabled);

        push(KeyCode.SHORTCUT, KeyCode.S);

        fx.awaitIdle();
        assertTrue(form.getScene().getWindow().isShowing(), "the form stays open");
        assertEquals("anna.mueller@example.de", fx.customersInDatabase().get(0).details().email());
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        fx.assertNoProblems();
    }

    @Test
    void ctrlSWithAWrongEntryFarDownPutsTheCaretThereAndBringsItIntoSight() {
        Parent form = openAnnasForm();
        javafx.stage.Window window = form.getScene().getWindow();
        fx.onFx(() -> window.setHeight(420));
        fx.replaceText(form, "#emailField", "anna@");
        ScrollPane pane = fx.onFx(() -> {
            Node up = fx.node(form, "#emailField");
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            return (ScrollPane) up;
        });
        fx.onFx(() -> {
            fx.node(form, "#firstNameField").requestFocus();
            pane.setVvalue(pane.getVmin());
        });
        fx.awaitIdle();
        Label error = fx.node(form, "#emailError");
        assertTrue(fx.onFx(() -> below(error, pane)), "the message starts out of sight, below the window's edge");

        push(KeyCode.SHORTCUT, KeyCode.S);
        fx.awaitIdle();

        assertEquals("emailField", fx.onFx(() -> form.getScene().getFocusOwner().getId()), "the caret is in the e-mail");
        assertFalse(fx.onFx(() -> below(error, pane)), "the e-mail's message is in sight");
        assertTrue(window.isShowing(), "nothing saved, the form stays open");
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        fx.assertNoProblems();
    }

    /** True when {@code node}'s lower edge is below what {@code pane} shows. */
    private static boolean below(Node node, ScrollPane pane) {
        return node.localToScene(node.getLayoutBounds()).getMaxY() > pane.localToScene(pane.getLayoutBounds()).getMaxY();
    }
}
