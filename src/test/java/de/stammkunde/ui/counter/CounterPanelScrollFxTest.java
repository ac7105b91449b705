package de.stammkunde.ui.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer panel at the counter keeps its place when it grows longer than the window. */
class CounterPanelScrollFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void thePanelDoesNotShiftSidewaysWhenItsScrollBarAppears() throws Exception {
        // Before, a booking lengthened "Letzte Einkäufe", the scroll bar appeared and the panel's text jumped
        // about 8 pixels to the left under the cashier's eyes.
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(Customers.anna()).start();
        Customer anna = fx.seeded().get(0);
        fx.onFx(() -> fx.stage().setHeight(800));
        fx.showCounter();
        fx.write(anna.number());
        type(KeyCode.ENTER);
        ScrollPane panel = fx.node(fx.mainRoot(), "#panel");
        Label name = fx.node(fx.mainRoot(), "#nameLabel");
        Button history = fx.node(fx.mainRoot(), "#historyButton");
        VBox purchases = fx.node(fx.mainRoot(), "#purchasesBox");
        fx.waitUntil("Anna is open", () -> panel.isVisible() && name.getText().contains("Müller"));
        fx.awaitIdle();
        ScrollBar bar = fx.onFx(() -> panel.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getParent() == panel && b.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow());
        assertTrue(!fx.onFx(bar::isVisible), () -> "the panel fits the window before: " + fx.onFx(() -> panel.getHeight()
                + " for " + panel.getContent().getLayoutBounds().getHeight()));
        double nameLeft = fx.onFx(() -> name.localToScene(0, 0).getX());
        double historyRight = fx.onFx(() -> history.localToScene(history.getLayoutBounds()).getMaxX());

        // The list of purchases grows, as after bookings.
        fx.onFx(() -> {
            for (int i = 0; i < 40; i++) {
                purchases.getChildren().add(new Label("24.11.2026  12,50 €  +12 Punkte"));
            }
        });
        fx.awaitIdle();

        assertTrue(fx.onFx(bar::isVisible), "the panel scrolls now");
        assertEquals(nameLeft, fx.onFx(() -> name.localToScene(0, 0).getX()), "the name stays where it was");
        assertEquals(historyRight, fx.onFx(() -> history.localToScene(history.getLayoutBounds()).getMaxX()),
                "the button on the right stays where it was");
        fx.assertNoProblems();
    }
}
