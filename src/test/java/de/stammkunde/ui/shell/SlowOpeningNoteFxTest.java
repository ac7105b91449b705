package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The note shown while the data opens slowly stays until the main window comes. */
class SlowOpeningNoteFxTest extends FxRobot {

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theNoteCannotBeClosedByTheUserOnlyByTheMainWindowComing() {
        // Closed by the user as the only window, JavaFX ended the app while the data was still opening for it.
        Messages messages = new Messages(Locale.GERMAN);
        SlowOpening.Note note = new SlowOpening.Note(messages, Path.of("/daten"));
        note.show();
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && messages.get("app.name").equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow();

        interact(() -> shown.fireEvent(new WindowEvent(shown, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.isShowing(), "the note stays");

        note.close();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
    }
}
