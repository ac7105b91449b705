package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The owner picks customers in the list and gives exactly them a coupon. */
class CustomerListCampaignFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.named("Bert", "Berg"),
                Customers.named("Carla", "Christ"), Customers.anna()).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void twoCustomersPickedInTheListGetACouponEach() {
        fx.showCustomers();
        javafx.scene.control.ComboBox<String> tags = fx.node(fx.mainRoot(), "#tagFilter");
        assertEquals("All interests", tags.getButtonCell().getText(), "like 'All statuses' beside it");
        type(KeyCode.DOWN);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        javafx.scene.control.Button coupon = fx.node(fx.mainRoot(), "#couponButton");
        // "Coupon for the selected …" read as a text cut short
        fx.waitUntil("the button names how many are picked",
                () -> "Coupon for 2 customers …".equals(coupon.getText()));
        clickOn(coupon);

        Stage form = fx.awaitWindow(fx.text("coupons.form.title"));
        RadioButton picked = fx.node(form.getScene().getRoot(), "#pickedRadio");
        assertTrue(picked.isSelected());
        assertEquals("The 2 customers selected in the list", picked.getText());
        assertEquals(List.of(), fx.missingTexts(form.getScene().getRoot()));
        fx.write("Regulars' table");
        type(KeyCode.ENTER);
        fx.awaitNoOtherWindow();
        fx.waitUntil("the owner hears where the coupons are", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO)
                .isPresent());
        assertEquals("The campaign “Regulars' table” is created, with 2 coupons. Print them or save them as PDF"
                + " under Coupons (Ctrl+3).", fx.dialogs().last(ScriptedDialogs.Kind.INFO).orElseThrow().message());

        List<CampaignStats> campaigns = fx.app().campaigns().list();
        assertEquals(1, campaigns.size());
        assertEquals("2 selected customers", campaigns.get(0).campaign().targetDescription());
        List<Long> expected = fx.seeded().stream().filter(c -> !c.details().lastName().equals("Müller"))
                .map(Customer::id).sorted().toList();
        assertEquals(expected, fx.app().campaigns().coupons(campaigns.get(0).campaign().id()).stream()
                .map(k -> k.customerId()).sorted().toList());
        fx.assertNoProblems();
    }
}
