package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The fixture itself: what a test types lands where the user's typing would. */
class FxAppFixtureFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).startupWork(false).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void writeTypesIntoTheFocusedFieldWhileATooltipShows() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT9);
        fx.waitUntil("the settings are shown", () -> fx.onFx(() -> fx.mainRoot().lookup("#saveButton") != null
                && !((Button) fx.mainRoot().lookup("#saveButton")).isDisabled()));
        Parent root = fx.mainRoot();
        moveTo(fx.<Button>node(root, "#saveButton"));
        fx.waitUntil("the Save button's tooltip shows", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && w.isShowing()));

        fx.replaceText(root, "#shopNameField", "Feinkost");

        // The tooltip said it was focused (as its window is) and took the letters.
        assertEquals("Feinkost", fx.onFx(() -> ((TextField) fx.node(root, "#shopNameField")).getText()));
    }
}
