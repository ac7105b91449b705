package de.stammkunde.ui.counter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A long name at the counter stays in its place beside "Bearbeiten (F2)", in any script. */
class CounterNameFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Opens the one customer at the counter in a window {@code width} pixels wide. */
    private void open(String firstName, String lastName, double width) throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.named(firstName, lastName)).start();
        fx.onFx(() -> fx.stage().setWidth(width));
        Customer customer = fx.seeded().get(0);
        fx.showCounter();
        fx.write(customer.number());
        type(KeyCode.ENTER);
        fx.waitUntil("the customer is open", () -> fx.<TextField>node(fx.mainRoot(), "#amountField").isFocused());
        fx.awaitIdle();
    }

    private static Bounds onScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** What the name label draws (its text included) ends before the button begins. */
    private void assertNameBesideTheButton() {
        Label name = fx.node(fx.mainRoot(), "#nameLabel");
        Button edit = fx.node(fx.mainRoot(), "#editButton");
        Bounds[] seen = fx.onFx(() -> {
            fx.mainRoot().applyCss();
            fx.mainRoot().layout();
            return new Bounds[] {onScene(name), onScene(edit)};
        });
        assertTrue(seen[0].getMaxX() <= seen[1].getMinX(), "the name ends at " + seen[0].getMaxX()
                + ", the button begins at " + seen[1].getMinX());
    }

    @Test
    void aLongHebrewNameStaysLeftOfTheEditButton() throws Exception {
        // the name's text reached to x = 1003 in a 900-pixel window, the button begins at 709
        open("אברהם יהושע העשל", "בן־דוד רוזנטל־שטרנברג אברמוביץ׳ גולדשמידט", 900);
        assertNameBesideTheButton();
    }

    @Test
    void aLongArabicNameStaysLeftOfTheEditButton() throws Exception {
        open("محمد عبد الرحمن", "الحسيني البغدادي بن عبد العزيز آل الشريف", 900);
        assertNameBesideTheButton();
    }

    @Test
    void aLongLatinNameStaysLeftOfTheEditButton() throws Exception {
        open("Maximiliane Johanna Theresia", "Schwarzenberg-Hohenlohe-Waldenburg von Oettingen", 900);
        assertNameBesideTheButton();
    }
}
