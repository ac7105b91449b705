package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.ui.common.ElidedTexts;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/** The coupons screen on small screens, with campaigns like the demo data's and a coupon a refund freed again. */
class CampaignsOnASmallScreenFxTest extends FxRobot {

    private static final String LONG_NAME = "Herbstaktion für Stammkunden mit Kundenkarte 2026";
    private static final List<String> NUMBERS = List.of("validityColumn", "issuedColumn", "redeemedColumn",
            "revenueColumn");

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"de, 1200", "en, 1152"})
    void theNumbersTakeWhatTheyNeedAndTheNamesAndWhomForTheRest(String language, int wide) throws Exception {
        // Before, "Ausgegeben", "Eingelöst" and "Umsatz" grew with the window (130 pixels for one digit) while
        // "Thank you Birgit" and "Grosskopf, Birgit (100001)" were cut up to a 1280-pixel window.
        TableView<CampaignStats> campaigns = start(language);
        TableView<CampaignCoupon> coupons = fx.node(fx.mainRoot(), "#couponsTable");

        // 1024×700: the dates and figures are whole (the names too, on more lines: see below), the status of the
        // coupon below is whole too.
        fx.assertNoneEventually("dates and figures whole", () -> ElidedTexts.of(campaigns, NUMBERS));
        fx.assertNoneEventually("the coupons whole", () -> ElidedTexts.of(coupons, List.of("codeColumn",
                "numberColumn", "holderColumn", "statusColumn")));

        fx.onFx(() -> fx.stage().setWidth(wide));
        fx.awaitIdle();
        fx.assertNoneEventually("names whole", () -> ElidedTexts.of(campaigns, List.of("nameColumn", "offerColumn",
                "targetColumn")));
        for (TableColumn<CampaignStats, ?> column : campaigns.getColumns()) {
            if (NUMBERS.contains(column.getId())) {
                assertEquals(column.getMinWidth(), fx.onFx(column::getWidth), column.getId() + ": no wider than "
                        + "its text or header");
            }
        }
        fx.assertNoProblems();
    }

    @ParameterizedTest
    @CsvSource({"de", "en"})
    void aLongNameAndWhomTheCampaignIsForWrapInsteadOfBeingCut(String language) throws Exception {
        // Before, at 1024×700 in German "Herbstaktion für Stammkunden mit Kundenkarte 2026" read "Herbst…" and
        // "Interesse Brötchen-Abo" "Interesse Bröt…": two campaigns could not be told apart, nor whom they were
        // for (only hovering showed it). Now they take more lines, and so do the dates, to leave them the width.
        TableView<CampaignStats> campaigns = start(language);
        LocalDate today = fx.app().campaigns().today();
        fx.app().campaigns().create(new CampaignDraft(LONG_NAME, Offer.percent("10"), BigDecimal.ZERO,
                today.minusDays(20), today.plusDays(40), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(fx.seeded().get(1).id()), fx.text("coupons.target.tag", "Brötchen-Abo"),
                        CampaignTarget.matching("", "Brötchen-Abo", null)),
                Progress.NONE);
        // shown again: the list is read anew
        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the long campaign is listed", () -> campaigns.getItems().size() == 3);
        List<String> all = campaigns.getColumns().stream().map(TableColumn::getId).toList();
        fx.assertNoneEventually("every text whole at 1024 × 700", () -> ElidedTexts.of(campaigns, all));
        assertEquals(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS, fx.onFx(campaigns::getColumnResizePolicy),
                "every column in view, without scrolling sideways");

        // The keyboard goes through the campaigns as before; the coupons below follow.
        fx.onFx(() -> campaigns.getSelectionModel().select(0));
        fx.onFx(campaigns::requestFocus);
        push(KeyCode.DOWN);
        fx.waitUntil("the second campaign is chosen", () -> campaigns.getSelectionModel().getSelectedIndex() == 1);

        // 1280×800: the dates on one line again, the name and whom it is for still whole.
        fx.onFx(() -> {
            fx.stage().setWidth(1280);
            fx.stage().setHeight(800);
        });
        fx.awaitIdle();
        fx.assertNoneEventually("every text whole at 1280 × 800", () -> ElidedTexts.of(campaigns, all));
        TableColumn<CampaignStats, ?> validity = campaigns.getColumns().stream()
                .filter(c -> c.getId().equals("validityColumn")).findFirst().orElseThrow();
        fx.waitUntil("the dates on one line", () -> validity.getWidth() == validity.getMaxWidth());
        fx.assertNoProblems();
    }

    @ParameterizedTest
    @CsvSource({"de", "en"})
    void aNameWrapsBetweenItsWordsNotInsideOne(String language) throws Exception {
        // Before, at 1024×700 in English the campaign column read "Kaffee-Stammkun" above "den" and "Bio-Kun"
        // above "den": it was narrower than the name's longest word, though the table had the width for it.
        TableView<CampaignStats> campaigns = start(language);
        LocalDate today = fx.app().campaigns().today();
        for (String name : List.of("Kaffee-Stammkunden", "Bio-Kunden Herbst")) {
            fx.app().campaigns().create(new CampaignDraft(name, Offer.percent("10"), BigDecimal.ZERO,
                    today.minusDays(20), today.plusDays(40), CodeMode.PERSONAL, null, ""),
                    Audience.of(List.of(fx.seeded().get(1).id()), fx.text("coupons.target.tag", "Kaffee-Stammkunden"),
                            CampaignTarget.matching("", "Kaffee-Stammkunden", null)),
                    Progress.NONE);
        }
        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the new campaigns are listed", () -> campaigns.getItems().size() == 4);
        // 1024 pixels leave too little for "Interesse Kaffee-Stammkunden" whole as well: the name comes first.
        List<String> wrapping = List.of("nameColumn", "offerColumn");
        fx.assertNoneEventually("no word broken at 1024 × 700", () -> ElidedTexts.brokenWords(campaigns, wrapping));
        assertEquals(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS, fx.onFx(campaigns::getColumnResizePolicy),
                "every column in view, without scrolling sideways");
        // Before, the name took its width from the others only when the window changed: with the table as wide as
        // before, the revenue was pushed out of view ("€0.0").
        double shown = fx.onFx(() -> campaigns.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        assertTrue(shown <= fx.onFx(campaigns::getWidth), "the columns take " + shown + " pixels of "
                + fx.onFx(campaigns::getWidth));
        fx.assertNoProblems();
    }

    private TableView<CampaignStats> start(String language) throws Exception {
        fx = FxAppFixture.builder().locale(language.equals("de") ? Locale.GERMANY : Locale.ENGLISH)
                .customers(Customers.named("Birgit", "Grosskopf"), Customers.anna()).start();
        fx.onFx(() -> {
            fx.stage().setWidth(1024);
            fx.stage().setHeight(700);
        });
        Customer birgit = fx.seeded().get(0);
        LocalDate today = fx.app().campaigns().today();
        Campaign thanks = fx.app().campaigns().create(new CampaignDraft("Thank you Birgit", Offer.percent("10"),
                BigDecimal.ZERO, today.minusDays(20), today.plusDays(40), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(birgit.id()), fx.text("coupons.target.customer", birgit.number()),
                        new CampaignTarget.OneCustomer(birgit.number())),
                Progress.NONE);
        fx.app().campaigns().create(new CampaignDraft("Autumn offer", Offer.amount("5"), new BigDecimal("20"),
                today.minusDays(20), today.plusDays(40), CodeMode.PERSONAL, null, ""),
                Audience.of(fx.seeded().stream().map(Customer::id).toList(), fx.text("coupons.target.cardSample", 50),
                        new CampaignTarget.CardSample(50)),
                Progress.NONE);
        String code = fx.app().campaigns().coupons(thanks.id()).get(0).code();
        long sold = fx.app().sales().record(new SaleDraft(birgit.id(), new BigDecimal("1234.50"), List.of(), "",
                PaymentMethod.CASH, null, code, 0)).purchase().id();
        fx.app().sales().refund(sold, "returned");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        TableView<CampaignStats> campaigns = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("both campaigns are listed", () -> campaigns.getItems().size() == 2);
        fx.onFx(() -> campaigns.getSelectionModel().select(campaigns.getItems().stream()
                .filter(r -> r.campaign().id() == thanks.id()).findFirst().orElseThrow()));
        TableView<CampaignCoupon> coupons = fx.node(fx.mainRoot(), "#couponsTable");
        fx.waitUntil("the campaign's coupon is listed", () -> coupons.getItems().size() == 1);
        fx.awaitIdle();
        return campaigns;
    }
}
