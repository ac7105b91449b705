package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The command pressed keeps the focus through the work it starts. */
class WindowsFocusFxTest extends FxRobot {

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theButtonPressedGetsTheFocusBackThoughItsWindowHadNoneWhenTheWorkBegan() {
        // "Save as PNG …": the saving began while the file dialog just closed still had the window's focus,
        // the button was not isFocused(), and the focus stayed on the table JavaFX passed it on to
        Button png = new Button("PNG");
        Button table = new Button("table");
        BooleanProperty busy = new SimpleBooleanProperty();
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicReference<Node> owner = new AtomicReference<>();
        interact(() -> {
            scene.set(new Scene(new VBox(png, table)));
            Windows.keepFocusThroughWork(busy, png);
            png.requestFocus();
        });
        assertSame(png, scene.get().getFocusOwner());
        assertFalse(png.isFocused(), "its window has not the focus");

        interact(() -> {
            busy.set(true);
            table.requestFocus(); // the disabled button passed it on
            busy.set(false);
            owner.set(scene.get().getFocusOwner());
        });

        assertSame(png, owner.get());
    }
}
