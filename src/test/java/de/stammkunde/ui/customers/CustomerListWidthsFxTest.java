package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.ui.common.ElidedTexts;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer list on a common laptop screen (1366 pixels wide) shows names and e-mail addresses whole. */
class CustomerListWidthsFxTest {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void anEveryDayEmailAddressIsNotCutShortOnALaptopScreen() throws Exception {
        // Before, the name column took the room ("Agostini, Waltraud" in 250 pixels) and the address showed as
        // "waltraud.agostini@g…".
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(CustomerDetails.builder().firstName("Waltraud")
                .lastName("Agostini").email("waltraud.agostini@gmx.de").build()).start();
        fx.onFx(() -> fx.stage().setWidth(1366));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("the customer is listed", () -> table.getItems().size() == 1);
        fx.awaitIdle();

        assertEquals(List.of(), fx.onFx(() -> ElidedTexts.of(table, List.of("nameColumn", "emailColumn"))));
        fx.assertNoProblems();
    }
}
