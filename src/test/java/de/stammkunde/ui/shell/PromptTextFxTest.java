package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A focused empty field still shows its prompt (the theme made it transparent) until something is typed. */
class PromptTextFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void theCountersFocusedInputShowsWhatItTakesUntilTheFirstCharacter() {
        fx.showCounter();
        TextField input = fx.node(fx.mainRoot(), "#inputField");
        assertTrue(fx.onFx(input::isFocused));

        Text prompt = fx.onFx(() -> promptOf(input)).orElseThrow();
        assertEquals(fx.text("counter.prompt"), prompt.getText());
        assertTrue(fx.onFx(prompt::isVisible));
        assertTrue(fx.onFx(() -> ((Color) prompt.getFill()).getOpacity()) > 0.5, "readable, not transparent");

        fx.write("Mül");
        assertFalse(fx.onFx(prompt::isVisible), "gone with the first character");
    }

    private static Optional<Text> promptOf(TextField field) {
        for (Node node : field.lookupAll(".text")) {
            if (node instanceof Text text && field.getPromptText().equals(text.getText())) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
