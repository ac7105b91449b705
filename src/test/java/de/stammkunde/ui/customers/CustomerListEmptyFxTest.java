package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer list of a shop's first day: no customer yet. */
class CustomerListEmptyFxTest {

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
    void withoutAnyCustomerTheListSaysHowToAddTheFirstNotToChangeTheSearch() {
        // It said "No customers found. Change the search or the filters", with neither in use.
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        Label placeholder = fx.onFx(() -> (Label) table.getPlaceholder());

        fx.waitUntil("the list says how to add the first customer (it says \"" + placeholder.getText() + "\")",
                () -> fx.text("customers.none").equals(placeholder.getText()));
        fx.assertNoProblems();
    }

    @Test
    void theNoteWrappedOnTwoLinesStaysCentredAndOffTheEdges() {
        // Wrapped (German, or a narrow window), it stood left-aligned against the list's left border.
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        Label placeholder = fx.onFx(() -> (Label) table.getPlaceholder());
        fx.waitUntil("the note shows", () -> placeholder.getScene() != null && placeholder.isVisible());

        assertEquals(TextAlignment.CENTER, fx.onFx(placeholder::getTextAlignment));
        assertTrue(fx.onFx(() -> placeholder.getPadding().getLeft()) > 0, "a margin on the left");
    }
}
