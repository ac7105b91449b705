package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A spreadsheet row pasted into a one-line field: the tabs and line breaks become spaces, not nothing. */
class PastedLinesFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Ctrl+V in {@code field} with {@code text} on the clipboard; returns what the field shows then. */
    private String paste(TextInputControl field, String text) {
        fx.onFx(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
            field.requestFocus();
        });
        fx.waitUntil(field.getId() + " has the focus", field::isFocused);
        push(KeyCode.SHORTCUT, KeyCode.V);
        fx.awaitIdle();
        return fx.onFx(() -> field.getText());
    }

    private Parent openNewForm() {
        fx.showCustomers();
        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        fx.waitUntil("the form has the focus", () -> fx.onFx(() -> form.getScene().getFocusOwner() != null));
        return form;
    }

    @Test
    void aTabPastedIntoTheLastNameIsASpaceAndEscStillCancelsTheForm() {
        Parent form = openNewForm();
        TextField lastName = fx.node(form, "#lastNameField");

        assertEquals("Anna Müller", paste(lastName, "Anna\tMüller"));
        assertEquals(11, fx.onFx(lastName::getCaretPosition), "the caret after the text pasted");

        // the field's filter must not keep Esc from the form: Cancel asks, and yes closes it
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(1, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size());
        fx.assertNoProblems();
    }

    @Test
    void everyKindOfLineBreakIsOneSpaceInAOneLineFieldAndStaysInTheNotes() {
        Parent form = openNewForm();
        TextField lastName = fx.node(form, "#lastNameField");
        TextArea notes = fx.node(form, "#notesField");

        assertEquals("R-1 2 3 4 5", paste(lastName, "R-1\t2\r\n3\n4\r5"));
        assertEquals("first line\nsecond line", paste(notes, "first line\nsecond line"));
    }

    @Test
    void theContextMenusPasteTurnsTheTabIntoASpaceToo() {
        Parent form = openNewForm();
        TextField lastName = fx.node(form, "#lastNameField");
        fx.onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "Anna\tMüller")));

        // as a right click does: the field gets the focus, then asks for its menu
        fx.onFx(() -> {
            lastName.requestFocus();
            Bounds at = lastName.localToScreen(lastName.getBoundsInLocal());
            Event.fireEvent(lastName, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                    at.getMinX() + 5, at.getMinY() + 5, false, null));
        });
        fx.waitUntil("the context menu is open", () -> fx.onFx(() -> contextMenu() != null));
        fx.onFx(() -> contextMenu().getItems().stream()
                .filter(item -> List.of("Einfügen", "Paste").contains(item.getText()))
                .findFirst().orElseThrow().fire());
        fx.awaitIdle();

        assertEquals("Anna Müller", fx.onFx(() -> lastName.getText()));
    }

    private static ContextMenu contextMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElse(null);
    }

    @Test
    void aTabPastedIntoTheCounterIsASpace() {
        fx.showCounter();
        TextField input = fx.node(fx.mainRoot(), "#inputField");

        assertEquals("Anna Müller", paste(input, "Anna\tMüller"));
        fx.assertNoProblems();
    }
}
