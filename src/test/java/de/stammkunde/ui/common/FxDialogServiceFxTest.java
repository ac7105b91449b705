package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs, answered by keyboard: which answer Enter gives. */
class FxDialogServiceFxTest extends FxRobot {

    private Stage owner;
    private FxDialogService dialogs;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        owner = FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
        });
        dialogs = new FxDialogService(() -> owner, new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Opens the dialog, presses Enter in it and returns the answer. */
    private boolean enterIn(BooleanSupplier dialog) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialog.getAsBoolean()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1
                && Window.getWindows().stream().anyMatch(w -> w != owner && w.isFocused()));
        type(KeyCode.ENTER);
        return answer.get(5, TimeUnit.SECONDS);
    }

    /** Asks on the FX thread and returns the dialog's window once it shows (not one of {@code besides}). */
    private Window awaitDialog(Runnable ask, Window... besides) throws Exception {
        List<Window> others = List.of(besides);
        CompletableFuture<Window> shown = new CompletableFuture<>();
        Platform.runLater(ask);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            Window.getWindows().stream().filter(w -> !others.contains(w) && w.isShowing()).findFirst()
                    .ifPresent(shown::complete);
            return shown.isDone();
        });
        return shown.get();
    }

    @Test
    void enterOnAQuestionAboutWhatCannotBeUndoneChangesNothing() throws Exception {
        assertFalse(enterIn(() -> dialogs.confirmIrreversible("Discard changes?", "Not saved yet.", "Discard",
                "Keep editing")));
    }

    /** Opens the choice, presses {@code key} in it and returns the action chosen. */
    private String keyIn(KeyCode key, List<String> actions, String safe) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.chooseAction("Welcome", "How would you like to start?",
                actions, safe)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1
                && Window.getWindows().stream().anyMatch(w -> w != owner && w.isFocused()));
        type(key);
        return answer.get(5, TimeUnit.SECONDS);
    }

    @Test
    void enterOrEscOnAChoiceOfActionsTakesTheSafeOne() throws Exception {
        List<String> actions = List.of("Try it with demo customers", "Import a list", "Start empty");

        assertEquals("Start empty", keyIn(KeyCode.ENTER, actions, "Start empty"));
        assertEquals("Start empty", keyIn(KeyCode.ESCAPE, actions, "Start empty"));
    }

    @Test
    void aChoiceOfActionsIsOneButtonEachNamedForWhatItDoes() throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the app: 600 px at most
        List<String> actions = List.of("Try it with 500 demo customers instead", "Import a list of your customers",
                "Start with an empty list");
        Window dialog = awaitDialog(() -> dialogs.chooseAction("Welcome", "How?", actions, actions.get(2)),
                owner);
        WaitForAsyncUtils.waitForFxEvents();

        List<javafx.scene.control.Button> buttons = dialog.getScene().getRoot().lookupAll(".button").stream()
                .map(javafx.scene.control.Button.class::cast).toList();
        assertEquals(actions.stream().sorted().toList(), buttons.stream().map(b -> b.getText()).sorted().toList());
        for (javafx.scene.control.Button button : buttons) {
            // the dialog was as wide as its message and cut them to "Mit 500 Beispielkun…"
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, button.getText() + ": " + button.getWidth()
                    + " of " + button.prefWidth(-1));
        }
        clickOn(actions.get(1));
    }

    @Test
    void aLongMessageIsCentredOnTheWindowNotPushedOffTheScreen() throws Exception {
        String message = "Bauer, Lenia (100027) will be merged into Bauer, Daniela (100077): empty fields are"
                + " filled, interests, consents and notes are kept. Bauer, Lenia (100027) will be archived. Continue?";
        Window dialog = awaitDialog(() -> dialogs.confirm("Merge customers", message, "Merge", "Cancel"), owner);
        WaitForAsyncUtils.waitForFxEvents();
        double dialogCentre = dialog.getX() + dialog.getWidth() / 2;
        double ownerCentre = owner.getX() + owner.getWidth() / 2;
        assertTrue(Math.abs(dialogCentre - ownerCentre) < 2, "dialog at x " + dialog.getX() + ", width "
                + dialog.getWidth() + "; window at x " + owner.getX() + ", width " + owner.getWidth());
        type(KeyCode.ESCAPE);
    }

    @Test
    void aMessageOfTwoLinesCannotBeSqueezedToOne() throws Exception {
        // "Block card … and issue a new card?…": the dialog shrank the label to its minimum, one line,
        // and the question's second sentence was cut off (seen with GTK's fonts, not the test's).
        String message = "Block card 2 900000 000018 and issue a new card?\nThe old card then stops working;"
                + " scanning it shows the new number.";
        double[] heights = WaitForAsyncUtils.asyncFx(() -> {
            FxDialogService.MessageLabel label = new FxDialogService.MessageLabel(message);
            new Scene(new StackPane(label));
            label.applyCss();
            double width = label.prefWidth(-1);
            return new double[] {label.minHeight(width), label.prefHeight(width)};
        }).get(5, TimeUnit.SECONDS);

        assertEquals(heights[1], heights[0], "minimum height of both lines");
    }

    @Test
    void aQuestionAskedFromAFormShowsOverTheFormNotTheMainWindow() throws Exception {
        Stage form = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.initOwner(owner);
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
            stage.requestFocus();
            return stage;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, form::isFocused);
        FxDialogService focused = FxDialogService.overFocusedWindow(owner, new Messages(Locale.ENGLISH));

        Window dialog = awaitDialog(() -> focused.confirm("Block card?", "The old card then stops working.", "Block",
                "Cancel"), owner, form);

        assertSame(form, ((Stage) dialog).getOwner());
        type(KeyCode.ESCAPE);
    }

    @Test
    void aQuestionAskedWhileNoWindowHasTheFocusIsOwnedByTheFormOpenedLast() throws Exception {
        // Card lost asks why, then whether to block: the second question comes before the window
        // manager gave the form the focus back. Owned by the main window (which the form blocks), it
        // gave the focus back there when closed, and the keyboard did nothing.
        Stage form = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.initOwner(owner);
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
            return stage;
        });

        Window chosen = FxDialogService.ownerAmong(List.of(owner, form), w -> false, owner);

        assertSame(form, chosen);
    }

    /** The buttons of the dialog showing now, in the order shown, and the default one's text. */
    private List<String> buttonsShowing() {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(b -> (b.isDefaultButton() ? "*" : "") + b.getText()).toList();
    }

    @Test
    void aQuestionAboutLosingWorkNamesWhatEachButtonDoesAndKeepsEditingOnEnter() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        awaitDialog(() -> answer.complete(dialogs.confirmIrreversible("Änderungen verwerfen?", "Nicht gespeichert.",
                "Verwerfen", "Weiter bearbeiten")), owner);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> buttons = buttonsShowing();

        assertTrue(buttons.contains("Verwerfen") && buttons.contains("*Weiter bearbeiten") && buttons.size() == 2,
                "buttons (* = Enter): " + buttons);
        clickOn("Verwerfen");
        assertTrue(answer.get(5, TimeUnit.SECONDS), "Verwerfen discards");
    }

    @Test
    void escOnAQuestionWithNamedButtonsChangesNothing() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        awaitDialog(() -> answer.complete(dialogs.confirm("Archivieren", "Anna archivieren?", "Archivieren",
                "Abbrechen")), owner);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != owner && w.isFocused()));
        assertEquals(List.of("*Archivieren", "Abbrechen").stream().sorted().toList(),
                buttonsShowing().stream().sorted().toList());

        type(KeyCode.ESCAPE);

        assertFalse(answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void enterOnAnOrdinaryQuestionSaysOk() throws Exception {
        assertTrue(enterIn(() -> dialogs.confirm("Archive?", "Archive this customer?", "Archive", "Cancel")));
    }
}
