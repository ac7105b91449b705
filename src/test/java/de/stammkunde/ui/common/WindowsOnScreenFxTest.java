package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A window opened over the app is whole on the screen, however small the screen. */
class WindowsOnScreenFxTest extends FxRobot {

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aWindowWiderThanTheScreenOpensAsWideAsTheScreenFromItsLeftEdge() {
        // On a 1024-pixel screen the purchase history, 1,080 wide and centred on the app, began 28 pixels left
        // of the screen: its date column and the tab "Einkäufe" were cut.
        AtomicReference<Rectangle2D> shown = new AtomicReference<>();
        AtomicReference<Rectangle2D> screen = new AtomicReference<>();
        interact(() -> {
            screen.set(Screen.getPrimary().getVisualBounds());
            Region content = new Region();
            content.setPrefSize(screen.get().getWidth() + 56, screen.get().getHeight() - 100);
            Stage window = Windows.modal(null, "history", content);
            window.show();
            shown.set(new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()));
            window.close();
        });

        assertEquals(screen.get().getMinX(), shown.get().getMinX());
        assertEquals(screen.get().getWidth(), shown.get().getWidth());
    }
}
