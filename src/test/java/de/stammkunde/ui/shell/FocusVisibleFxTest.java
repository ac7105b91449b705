package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.Painted;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The user sees where the keyboard is: a check box, the sidebar and a list show that they have the focus,
 * and rows selected with the arrows stand out from the others (AtlantaFX alone shows none of it).
 */
class FocusVisibleFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN)
                .customers(Customers.named("Bernd", "Becker"), Customers.named("Anna", "Müller")).start();
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private void focus(Node node) {
        fx.onFx(node::requestFocus);
        fx.waitUntil(node.getId() + " has the focus", node::isFocused);
    }

    @Test
    void aFocusedCheckBoxLooksDifferentFromTheOthers() {
        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        Region email = fx.node(form, "#consentEmailBox");
        Region post = fx.node(form, "#consentPostBox");

        focus(post);

        assertNotEquals(looks(email), looks(post), "the check box with the focus is marked");
    }

    @Test
    void theSidebarButtonWithTheFocusIsMarked() {
        Region customersNav = fx.node(fx.mainRoot(), "#customersNav");
        Region couponsNav = fx.node(fx.mainRoot(), "#couponsNav");
        String selected = looks(customersNav);
        String other = looks(couponsNav);

        focus(customersNav);
        assertNotEquals(selected, looks(customersNav), "the selected screen's button with the focus");
        focus(couponsNav);
        assertNotEquals(other, looks(couponsNav), "another screen's button with the focus");
    }

    @Test
    void theListWithTheFocusIsMarkedAndItsSelectedRowsStandOut() {
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("the list shows both customers", () -> table.getItems().size() == 2);
        String unfocused = looks(table);

        type(KeyCode.DOWN);
        fx.waitUntil("the first row is selected", () -> table.getSelectionModel().getSelectedIndex() == 0);

        assertNotEquals(unfocused, looks(table), "the list with the focus is marked");
        assertTrue(difference(rowColour(table, 0), rowColour(table, 1)) >= 0.15, "the selected row stands out");

        // On to "Gutschein für die Auswahl": the customers it is for still show.
        focus(fx.node(fx.mainRoot(), "#couponButton"));
        assertTrue(difference(rowColour(table, 0), rowColour(table, 1)) >= 0.1, "the selected row still shows");
    }

    /** The largest difference in one of red, green and blue (0 to 1). */
    private static double difference(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** The colour the row's text sits on: its innermost background fill. */
    private Color rowColour(TableView<?> table, int index) {
        return fx.onFx(() -> {
            table.applyCss();
            TableRow<?> row = table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                    .filter(r -> r.getIndex() == index).findFirst().orElseThrow();
            List<BackgroundFill> fills = row.getBackground().getFills();
            return (Color) fills.get(fills.size() - 1).getFill();
        });
    }

    private String looks(Region region) {
        return fx.onFx(() -> Painted.of(region));
    }
}
