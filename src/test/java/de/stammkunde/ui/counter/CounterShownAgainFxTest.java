package de.stammkunde.ui.counter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer left open at the counter, back from another screen: what changed there shows. */
class CounterShownAgainFxTest extends FxRobot {

    private FxAppFixture fx;
    private Customer anna;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.UK).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String firstCouponLine() {
        VBox coupons = fx.node(fx.mainRoot(), "#couponsBox");
        return coupons.getChildren().isEmpty() ? "" : ((Label) coupons.getChildren().get(0)).getText();
    }

    @Test
    void aCouponCreatedForTheOpenCustomerMeanwhileIsListedOnComingBack() {
        fx.showCounter();
        fx.write(anna.number());
        type(KeyCode.ENTER);
        fx.waitUntil("Anna is open without coupons", () -> "–".equals(firstCouponLine()));

        // In the office: a campaign for her alone, as the new-campaign form creates it.
        fx.showCustomers();
        var campaigns = fx.app().campaigns();
        var campaign = campaigns.create(new CampaignDraft("Welcome", Offer.percent("15"),
                BigDecimal.ZERO, campaigns.today(), campaigns.today().plusDays(30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        String code = CouponCodes.format(campaigns.coupons(campaign.id()).get(0).code());
        fx.showCounter();

        // It said "Valid coupons: –" until her card was scanned again.
        fx.waitUntil("the new coupon is listed", () -> firstCouponLine().startsWith(code));
        assertTrue(fx.isFocused(fx.mainRoot(), "#inputField"), "the next scan goes into the input field");
    }
}
