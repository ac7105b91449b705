package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.Customers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** At the smallest size the main window allows (900 × 600) every screen fits its width. */
class SmallWindowFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    private void start(Locale locale) throws Exception {
        fx = FxAppFixture.builder().locale(locale).startupWork(false).customers(Customers.anna()).start();
        fx.onFx(() -> {
            fx.stage().setWidth(900);
            fx.stage().setHeight(600);
        });
        fx.awaitIdle();
    }

    /** The ids (or class names) of visible controls that reach past the window's right edge. */
    private List<String> cutOffOn(KeyCode screen) {
        push(KeyCode.SHORTCUT, screen);
        fx.awaitIdle();
        return fx.onFx(() -> {
            Parent root = fx.mainRoot();
            root.applyCss();
            root.layout();
            double width = root.getScene().getWidth();
            List<String> cut = new ArrayList<>();
            collect(root, width, cut);
            return cut;
        });
    }

    private static void collect(Node node, double width, List<String> cut) {
        if (!node.isVisible() || !node.isManaged()) {
            return;
        }
        if (node instanceof Control) {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (bounds.getWidth() > 0 && bounds.getMaxX() > width + 1) {
                cut.add((node.getId() != null ? node.getId() : node.getClass().getSimpleName())
                        + " ends at " + Math.round(bounds.getMaxX()) + " of " + Math.round(width));
            }
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, width, cut));
        }
    }

    @Test
    void everyScreenFitsTheSmallestWindowInGerman() throws Exception {
        start(Locale.GERMANY);

        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9)) {
            assertEquals(List.of(), cutOffOn(screen), "Ctrl+" + screen.getName());
        }
    }

    @Test
    void everyScreenFitsTheSmallestWindowInEnglish() throws Exception {
        start(Locale.ENGLISH);

        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9)) {
            assertEquals(List.of(), cutOffOn(screen), "Ctrl+" + screen.getName());
        }
    }
}
