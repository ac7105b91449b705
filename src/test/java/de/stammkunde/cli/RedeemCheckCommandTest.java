package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code redeem-check} as support runs it (English messages). */
class RedeemCheckCommandTest extends CliTest {

    private String code;
    private String anna;
    private String bert;

    /** A 10 % code for Anna, minimum purchase 20. */
    @BeforeEach
    void campaign() {
        try (AppContext app = AppContext.open(dir, Locale.UK)) {
            Customer a = app.customers().create(CustomerDetails.builder().lastName("Anna").build());
            Customer b = app.customers().create(CustomerDetails.builder().lastName("Bert").build());
            LocalDate today = LocalDate.now();
            var campaign = app.campaigns().create(new CampaignDraft("Autumn", Offer.percent("10"),
                    new BigDecimal("20"), today.minusDays(1), today.plusDays(10), CodeMode.PERSONAL, null, ""),
                    Audience.of(List.of(a.id()), "Anna"), Progress.NONE);
            code = CouponCodes.format(app.campaigns().coupons(campaign.id()).get(0).code());
            anna = a.number();
            bert = b.number();
        }
    }

    @Test
    void validCodePrintsTheDiscountAndExitsZero() {
        assertEquals(0, run("redeem-check", code, "--customer", anna, "--amount", "45,00", "--data-dir", dir.toString()));

        assertEquals("10% off: −€4.50 (Autumn)", out.toString().strip());
    }

    @Test
    void aCodeWhoseSaleWasRefundedIsValidAgain() {
        long sold;
        try (AppContext app = AppContext.open(dir, Locale.UK)) {
            long customer = app.customers().findByNumber(anna).orElseThrow().id();
            sold = app.sales().record(new SaleDraft(customer, new BigDecimal("45.00"), List.of(), "",
                    PaymentMethod.CASH, null, code, 0)).purchase().id();
        }
        assertEquals(1, run("redeem-check", code, "--customer", anna, "--data-dir", dir.toString()), "used: " + out);
        try (AppContext app = AppContext.open(dir, Locale.UK)) {
            app.sales().refund(sold, "");
        }

        assertEquals(0, run("redeem-check", code, "--customer", anna, "--amount", "45,00", "--data-dir",
                dir.toString()));

        assertEquals("10% off: −€4.50 (Autumn)", out.toString().strip());
    }

    @Test
    void mistypedCodeSaysWhatToDoAndExitsOne() {
        char other = code.charAt(0) == 'A' ? 'B' : 'A';

        assertEquals(RedeemCheckCommand.EXIT_NOT_VALID, run("redeem-check", other + code.substring(1), "--data-dir",
                dir.toString()));

        assertEquals("Please check the code: one character is wrong.", out.toString().strip());
    }

    @Test
    void anEmptyCodeIsWrongUsageNotAnUnknownCoupon() {
        for (String empty : List.of("", "   ")) {
            // It said "This code is not known. Please compare it with the coupon." and exit code 1, for a
            // script whose variable was empty as for a customer's wrong coupon.
            assertEquals(2, run("redeem-check", empty, "--data-dir", dir.toString()));

            assertEquals("The coupon code is empty. Please give it as printed on the coupon, e.g. ABCD-EFGH-JKL.",
                    err.toString().strip());
            assertEquals("", out.toString());
        }
    }

    @Test
    void codeOfAnotherCustomerIsRefused() {
        assertEquals(1, run("redeem-check", code, "--customer", bert, "--data-dir", dir.toString()));

        assertTrue(out.toString().contains("belongs to another customer"), out.toString());
    }

    @Test
    void amountBelowTheMinimumSaysHowMuchIsNeeded() {
        assertEquals(1, run("redeem-check", code, "--amount", "12.50", "--data-dir", dir.toString()));

        assertTrue(out.toString().contains("at least €20.00"), out.toString());
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertEquals(2, run("redeem-check", code, "--amount", "twelve", "--data-dir", dir.toString()));
        assertTrue(err.toString().contains("“twelve” is not an amount"), err.toString());
        assertEquals(2, run("redeem-check", code, "--customer", "999999", "--data-dir", dir.toString()));
        assertTrue(err.toString().contains("No customer has the number 999999"), err.toString());
        assertEquals(2, run("redeem-check", code, "--amount", "99999999999999999999", "--data-dir", dir.toString()));
        assertTrue(err.toString().contains("99999999999999999999 is more than a sale can be (at most €100,000.00)"),
                err.toString());
        // Before, "“-1” is not an amount", as if the way of writing it were wrong.
        assertEquals(2, run("redeem-check", code, "--amount", "-1", "--data-dir", dir.toString()));
        assertTrue(err.toString().contains("-1 is less than nothing: please give the purchase amount without a minus."),
                err.toString());
    }

    @Test
    void anEmptyCustomerNumberIsNoCustomerNumber() {
        assertEquals(0, run("redeem-check", code, "--customer", " ", "--amount", "45,00", "--data-dir",
                dir.toString()));
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("redeem-check", "--help"));

        assertTrue(out.toString().contains("--data-dir=DIR"), out.toString());
        assertTrue(out.toString().contains("--amount=AMOUNT"), out.toString());
        assertFalse(out.toString().contains("!"), "no missing texts: " + out);
    }
}
