package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A window wider or taller than the screen is shrunk into it, not centred with its edges off the screen. */
class WindowsFitFxTest extends FxRobot {

    private final AtomicReference<Stage> window = new AtomicReference<>();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (window.get() != null) {
                window.get().close();
            }
        });
    }

    @Test
    void aModalWindowLargerThanTheScreenIsShrunkIntoIt() {
        // The purchase history asks for 1080 pixels: on a 1024-pixel screen it stood 28 pixels off either side.
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        interact(() -> {
            Region content = new Region();
            content.setPrefSize(area.getWidth() + 200, area.getHeight() + 150);
            window.set(Windows.modal(null, "History", content));
            window.get().show();
        });
        Stage stage = window.get();

        assertTrue(stage.getX() >= area.getMinX() && stage.getX() + stage.getWidth() <= area.getMaxX() + 0.5,
                "from " + stage.getX() + " to " + (stage.getX() + stage.getWidth()) + " on " + area);
        assertTrue(stage.getY() >= area.getMinY() && stage.getY() + stage.getHeight() <= area.getMaxY() + 0.5,
                "from " + stage.getY() + " to " + (stage.getY() + stage.getHeight()) + " on " + area);
    }
}
