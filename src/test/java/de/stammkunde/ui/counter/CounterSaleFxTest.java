package de.stammkunde.ui.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A whole sale at the counter by keyboard: scan the card, amount, coupon, all points, Enter; a refund; a lost card. */
class CounterSaleFxTest extends FxRobot {

    private FxAppFixture fx;
    private Customer anna;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String personalCoupon(String euros) {
        var campaigns = fx.app().campaigns();
        var campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount(euros), BigDecimal.ZERO,
                campaigns.today(), campaigns.today().plusDays(30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        return campaigns.coupons(campaign.id()).get(0).code();
    }

    private TextField field(String id) {
        return fx.node(fx.mainRoot(), id);
    }

    private void scan(String text) {
        fx.write(text);
        type(KeyCode.ENTER);
    }

    @Test
    void theCardLineWrapsOnlyBeforeItsDateNeverInsideTheNumberOrBetweenSeitAndTheDate() {
        // In a 1366-pixel window it read "2 900000 008502 (seit" and "18.06.2026" on the next line.
        Card card = fx.app().cards().issue(anna.id());
        fx.showCounter();

        scan(card.number());
        Label cardLabel = fx.node(fx.mainRoot(), "#cardLabel");
        fx.waitUntil("the panel shows the card", () -> cardLabel.getText().startsWith("2"));

        String nbsp = "\u00a0";
        assertEquals(CardNumbers.printed(card.number()).replace(" ", nbsp) + " (seit" + nbsp + "22.11.2026)",
                fx.onFx(cardLabel::getText));
    }

    @Test
    void inEnglishTheCardLineAndACouponLineNeverBreakInsideADate() throws Exception {
        // "2 900000 001510 (since 20" and "Sept 2025)" on the next line.
        fx.close();
        fx = FxAppFixture.builder().locale(Locale.UK).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
        Card card = fx.app().cards().issue(anna.id());
        personalCoupon("5");
        fx.showCounter();

        scan(card.number());
        Label cardLabel = fx.node(fx.mainRoot(), "#cardLabel");
        fx.waitUntil("the panel shows the card", () -> cardLabel.getText().startsWith("2"));

        String nbsp = "\u00a0";
        assertEquals(CardNumbers.printed(card.number()).replace(" ", nbsp) + " (since" + nbsp + "22" + nbsp + "Nov"
                + nbsp + "2026)", fx.onFx(cardLabel::getText));
        VBox coupons = fx.node(fx.mainRoot(), "#couponsBox");
        String couponLine = fx.onFx(() -> ((Label) coupons.getChildren().get(0)).getText());
        assertTrue(couponLine.endsWith("until" + nbsp + "22" + nbsp + "Dec" + nbsp + "2026"), couponLine);
    }

    @Test
    void aCouponWithAMinimumPurchaseSaysSoUnderValidCoupons() {
        // "Y6P2-7UAE-P7A · 5,00 € Rabatt · bis 04.01.2027": the minimum of 20 € showed only once the amount was
        // typed, and the staff had promised the 5 € for a 6 € sale.
        Card card = fx.app().cards().issue(anna.id());
        var campaigns = fx.app().campaigns();
        var campaign = campaigns.create(new CampaignDraft("Herbst", Offer.amount("5"), new BigDecimal("20"),
                campaigns.today(), campaigns.today().plusDays(30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        String code = campaigns.coupons(campaign.id()).get(0).code();
        fx.showCounter();

        scan(card.number());
        VBox coupons = fx.node(fx.mainRoot(), "#couponsBox");
        fx.waitUntil("the panel shows the coupon", () -> !coupons.getChildren().isEmpty()
                && coupons.getChildren().get(0) instanceof Label line
                && line.getText().startsWith(CouponCodes.format(code)));

        String nbsp = "\u00a0";
        assertEquals(CouponCodes.format(code) + " · 5,00" + nbsp + "€ Rabatt · ab" + nbsp + "20,00" + nbsp
                + "€" + nbsp + "Einkauf · bis" + nbsp + "22.12.2026", fx.onFx(() -> ((Label) coupons.getChildren().get(0))
                        .getText()));
    }

    @Test
    void aWholeSaleWithCardCouponAndPointsTakesFiveKeysBesideTheAmountAndTheScans() {
        Card card = fx.app().cards().issue(anna.id());
        fx.app().loyalty().correct(anna.id(), 300, "Startguthaben");
        String code = personalCoupon("5");
        fx.showCounter();

        scan(card.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        Label points = fx.node(fx.mainRoot(), "#pointsLabel");
        fx.waitUntil("the panel shows the points", () -> points.getText().startsWith("300 Punkte"));
        fx.write("30,00");
        type(KeyCode.TAB);
        scan(CouponCodes.format(code));
        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        fx.waitUntil("the coupon is accepted", () -> couponMessage.getStyleClass().contains("coupon-valid"));
        fx.waitUntil("the points field has the focus", () -> field("#pointsField").isFocused());
        type(KeyCode.F4);
        fx.waitUntil("all usable points are filled in", () -> "300".equals(field("#pointsField").getText()));
        type(KeyCode.ENTER);

        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        Purchase sale = fx.app().purchases().history(anna.id()).get(0);
        assertEquals(new BigDecimal("5.00"), sale.couponDiscount());
        assertEquals(300, sale.pointsRedeemed());
        assertEquals(new BigDecimal("15.00"), sale.pointsDiscount());
        assertEquals(new BigDecimal("10.00"), sale.paid());
        assertEquals(10, sale.pointsEarned());
        assertTrue(confirmation.getText().contains("300 Punkte eingelöst"), confirmation.getText());
        assertTrue(confirmation.getText().contains("neuer Stand 10 Punkte"), confirmation.getText());
        fx.waitUntil("the panel shows the new balance", () -> points.getText().startsWith("10 Punkte"));
        fx.waitUntil("the input waits for the next customer", () -> field("#inputField").isFocused());
        assertEquals(List.of(), fx.missingTexts(fx.mainRoot()));
        fx.assertNoProblems();
    }

    @Test
    void theSameCardScannedAgainAfterASaleStartsTheNextSaleInTheAmount() {
        // The customer remembered one more thing: the scan emptied the field and left the focus there,
        // so "4,50" went into the search and the confirmation of the sale before still showed.
        Card card = fx.app().cards().issue(anna.id());
        fx.showCounter();
        scan(card.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        fx.write("12,00");
        type(KeyCode.ENTER);
        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        fx.waitUntil("the input waits for the next customer", () -> field("#inputField").isFocused());

        scan(card.number());
        fx.waitUntil("the amount field has the focus again", () -> field("#amountField").isFocused());
        assertEquals("", fx.onFx(confirmation::getText));
        fx.write("4,50");
        type(KeyCode.ENTER);
        fx.waitUntil("the second sale is confirmed", () -> !confirmation.getText().isEmpty());
        assertEquals(List.of(new BigDecimal("4.50"), new BigDecimal("12.00")),
                fx.app().purchases().history(anna.id()).stream().map(Purchase::total).toList());
        fx.assertNoProblems();
    }

    @Test
    void theSameCustomerOpenedAgainMidSaleKeepsWhatWasTyped() {
        // Esc went back to the first field with 7,90 typed; the same card scanned again goes on with it.
        Card card = fx.app().cards().issue(anna.id());
        fx.showCounter();
        scan(card.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        fx.write("7,90");
        type(KeyCode.ESCAPE);
        fx.waitUntil("back in the first field", () -> field("#inputField").isFocused());

        scan(card.number());
        fx.waitUntil("the amount field has the focus again", () -> field("#amountField").isFocused());
        assertEquals("7,90", fx.onFx(() -> field("#amountField").getText()));
        fx.assertNoProblems();
    }

    @Test
    void ctrlOneAtTheCounterGoesBackToItsFirstFieldAsCtrlFDoes() {
        // With a customer open, Ctrl+1 left the focus in the amount field: the next search was typed there.
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);

        fx.waitUntil("the first field has the focus", () -> field("#inputField").isFocused());
        fx.assertNoProblems();
    }

    /** Anna opened by her number at the counter, {@code amount} typed into the amount field. */
    private void startSale(String amount) {
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        fx.write(amount);
    }

    private Node focusOwner() {
        return fx.onFx(() -> fx.stage().getScene().getFocusOwner());
    }

    private TextField lineField(int line, int field) {
        VBox lines = fx.node(fx.mainRoot(), "#linesBox");
        return fx.onFx(() -> (TextField) ((HBox) lines.getChildren().get(line)).getChildrenUnmodifiable().get(field));
    }

    @Test
    void lineItemsAreAddedFilledInAndRemovedWithoutTheMouse() {
        // "+ Position" was skipped by Tab and had no key, and "Entfernen" could only be clicked.
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        fx.onFx(() -> field("#whenField").requestFocus());
        type(KeyCode.TAB);
        Button addLine = fx.node(fx.mainRoot(), "#addLineButton");
        fx.waitUntil("Tab from When reaches '+ Position'", () -> focusOwner() == addLine);
        assertTrue(addLine.getText().contains("F3"), "the key is on the button");
        fx.onFx(() -> field("#amountField").requestFocus());

        type(KeyCode.F3);
        fx.waitUntil("a line is added, its description has the focus", () -> focusOwner() == lineField(0, 0));
        fx.write("Tee");
        type(KeyCode.TAB);
        fx.waitUntil("Tab goes on to the quantity", () -> focusOwner() == lineField(0, 1));
        type(KeyCode.TAB);
        fx.write("3,50");
        type(KeyCode.TAB);
        VBox lines = fx.node(fx.mainRoot(), "#linesBox");
        Node firstRemove = fx.onFx(() -> ((HBox) lines.getChildren().get(0)).getChildren().get(3));
        fx.waitUntil("Tab after the price reaches 'Entfernen'", () -> focusOwner() == firstRemove);
        type(KeyCode.F3);
        fx.waitUntil("F3 there adds a second line", () -> focusOwner() == lineField(1, 0));
        fx.write("Kanne");
        type(KeyCode.TAB, KeyCode.TAB);
        fx.write("12,00");
        type(KeyCode.TAB);
        fx.waitUntil("Tab after its price reaches its 'Entfernen'", () -> focusOwner() instanceof Button);
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        Node firstRemoveNow = fx.onFx(() -> ((HBox) lines.getChildren().get(0)).getChildren().get(3));
        fx.waitUntil("Shift+Tab goes back to the first line's 'Entfernen'", () -> focusOwner() == firstRemoveNow);
        type(KeyCode.SPACE);
        fx.waitUntil("Space removes the first line, the focus goes to the one left", () ->
                fx.onFx(() -> lines.getChildren().size()) == 1 && focusOwner() == lineField(0, 0));
        assertEquals("Kanne", fx.onFx(() -> lineField(0, 0).getText()));
        type(KeyCode.ENTER);

        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        Purchase sale = fx.app().purchases().history(anna.id()).get(0);
        assertEquals(new BigDecimal("12.00"), sale.total());
        assertEquals(List.of("Kanne"), sale.items().stream().map(i -> i.description()).toList());
        fx.assertNoProblems();
    }

    @Test
    void aTypingSlipInTheAmountIsExplainedAndNothingIsBooked() {
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());

        fx.write("12,5x");
        type(KeyCode.ENTER);

        Label error = fx.node(fx.mainRoot(), "#amountErrorLabel");
        fx.waitUntil("the amount is explained", () -> error.getText().equals(fx.text("sale.error.amount", "12,50")));
        assertEquals(List.of(), fx.app().purchases().history(anna.id()));
        assertEquals("12,5x", field("#amountField").getText(), "what was typed stays for correcting");
    }

    @Test
    void enterAfterACouponTypedByHandGoesOnToThePointsAsAfterAScan() {
        // Typed slower than the check, Enter in the coupon field booked at once: the points were never asked for.
        String code = personalCoupon("5");
        startSale("30");
        type(KeyCode.TAB);
        fx.write(code);
        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        fx.waitUntil("the coupon is accepted", () -> couponMessage.getStyleClass().contains("coupon-valid"));

        type(KeyCode.ENTER);

        fx.waitUntil("the points field has the focus", () -> field("#pointsField").isFocused());
        assertEquals(List.of(), fx.app().purchases().history(anna.id()), "nothing booked yet");
        type(KeyCode.ENTER);
        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        assertEquals(new BigDecimal("5.00"), fx.app().purchases().history(anna.id()).get(0).couponDiscount());
    }

    @Test
    void enterAfterARefusedCouponLeavesTheCodeSelectedForTheNextScan() {
        // The caret went on to the points: Shift+Tab and clearing the field before the right code could be scanned.
        String code = personalCoupon("5");
        startSale("30");
        type(KeyCode.TAB);

        scan("ABCD-EFGH-JK2");

        TextField coupon = field("#couponField");
        fx.waitUntil("the refused code is selected in its field",
                () -> coupon.isFocused() && "ABCD-EFGH-JK2".equals(coupon.getSelectedText()));
        fx.awaitIdle();
        assertTrue(fx.onFx(() -> coupon.isFocused()), "the caret stays there");
        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        assertTrue(fx.onFx(() -> couponMessage.isVisible() && couponMessage.getStyleClass().contains("coupon-invalid")),
                couponMessage.getText());

        scan(code);
        fx.waitUntil("the right code replaced it and is accepted",
                () -> couponMessage.getStyleClass().contains("coupon-valid"));
        assertEquals(CouponCodes.format(code), fx.onFx(() -> coupon.getText()), "as printed on the coupon");
        fx.waitUntil("the points field has the focus", () -> field("#pointsField").isFocused());
        fx.assertNoProblems();
    }

    @Test
    void onASmallScreenAmountAndPointsShowAllTheyHold() {
        // At 1024 pixels the points field shrank to two digits: "750" read "50".
        fx.onFx(() -> {
            fx.stage().setWidth(1024);
            fx.stage().setHeight(700);
        });
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        fx.awaitIdle();

        // (the coupon field gives way: a scanned code is answered below it, and listed on the panel)
        Map<String, String> longest = Map.of("#amountField", "1.234,56", "#pointsField", "1000");
        longest.forEach((id, text) -> {
            TextField f = field(id);
            double shown = fx.onFx(f::getWidth);
            double needed = fx.onFx(() -> {
                Text probe = new Text(text);
                probe.setFont(f.getFont());
                // and a little room for the caret: at the text's exact width the field scrolls it
                return probe.getLayoutBounds().getWidth() + f.getInsets().getLeft() + f.getInsets().getRight() + 4;
            });
            assertTrue(shown >= needed, id + " is " + shown + " wide, \"" + text + "\" needs " + needed);
        });
        Button book = fx.node(fx.mainRoot(), "#confirmButton");
        VBox saleBox = fx.node(fx.mainRoot(), "#saleBox");
        double bookRight = fx.onFx(() -> book.localToScene(book.getLayoutBounds()).getMaxX());
        double boxRight = fx.onFx(() -> saleBox.localToScene(saleBox.getLayoutBounds()).getMaxX());
        assertTrue(bookRight <= boxRight, "the Book button ends at " + bookRight + ", its box at " + boxRight);
    }

    @Test
    void bookComesAfterEveryDetailOfTheSaleOnScreenAndByTab() {
        // At 1024 pixels "Buchen (Enter)" began the second line, before "Zahlart", and Tab from the points
        // went to Book before payment, receipt and time.
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        for (double width : new double[] {900, 1024, 1280}) {
            fx.onFx(() -> {
                fx.stage().setWidth(width);
                fx.stage().setHeight(700);
            });
            fx.awaitIdle();
            Button book = fx.node(fx.mainRoot(), "#confirmButton");
            for (String id : List.of("#paymentBox", "#receiptField", "#whenField", "#addLineButton")) {
                Node detail = fx.node(fx.mainRoot(), id);
                boolean before = fx.onFx(() -> {
                    var d = detail.localToScene(detail.getLayoutBounds());
                    var b = book.localToScene(book.getLayoutBounds());
                    return d.getMaxY() <= b.getMinY() || d.getMinY() < b.getMaxY() && d.getMaxX() <= b.getMinX();
                });
                assertTrue(before, id + " comes before Book at " + width + " pixels");
            }
        }

        fx.onFx(() -> field("#pointsField").requestFocus());
        type(KeyCode.TAB);
        fx.waitUntil("Tab from the points goes on to the payment", () -> "paymentBox".equals(focusOwner().getId()));
        fx.onFx(() -> fx.<Node>node(fx.mainRoot(), "#addLineButton").requestFocus());
        type(KeyCode.TAB);
        fx.waitUntil("Tab from '+ Position' reaches Book", () -> "confirmButton".equals(focusOwner().getId()));
    }

    @Test
    void theFirstCouponCodeThatDoesNotCountIsShownAsAnError() {
        // Only a change from a valid code coloured the answer: the first wrong code read in plain black.
        startSale("30");
        type(KeyCode.TAB);
        fx.write("ABCD-EFGH-JK2");

        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        fx.waitUntil("the code is answered", () -> !couponMessage.getText().isEmpty());
        assertTrue(couponMessage.getStyleClass().contains("coupon-invalid"), couponMessage.getStyleClass().toString());
        assertFalse(couponMessage.getStyleClass().contains("coupon-valid"));
    }

    @Test
    void aCardScannedAgainAfterAnUnknownNumberReplacesIt() {
        // "Bitte die Karte erneut scannen": the second scan went after the first in the field,
        // "29000000999992900000011533", and found nobody.
        Card card = fx.app().cards().issue(anna.id());
        fx.showCounter();

        scan("2900000099999");
        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        fx.waitUntil("the number is unknown", () -> message.getText().contains("2 900000 099999"));
        scan(card.number());

        Label name = fx.node(fx.mainRoot(), "#nameLabel");
        fx.waitUntil("the card opens the customer", () -> anna.displayName().equals(name.getText()));
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
    }

    @Test
    void aRefundOfASaleWithPointsShowsWholeUnderLastPurchases() {
        // In a 1280-pixel window the line read "24.11.2026 · Erstattung −25,00 € · −10 / …".
        fx.app().loyalty().correct(anna.id(), 1000, "Startguthaben");
        Purchase sale = fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("25.00"), List.of(), "",
                PaymentMethod.CASH, null, "", 187)).purchase();
        fx.app().sales().refund(sale.id(), "Umtausch");
        fx.onFx(() -> {
            fx.stage().setWidth(1280);
            fx.stage().setHeight(800);
        });
        fx.showCounter();

        scan(anna.number());
        VBox purchases = fx.node(fx.mainRoot(), "#purchasesBox");
        fx.waitUntil("the panel lists the refund", () -> purchases.getChildren().size() == 2);
        fx.awaitIdle();

        List<String> cut = fx.onFx(() -> {
            fx.mainRoot().applyCss();
            fx.mainRoot().layout();
            return purchases.getChildren().stream().map(Label.class::cast)
                    .flatMap(line -> line.getChildrenUnmodifiable().stream()
                            .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                            .map(child -> ((Text) child).getText())
                            .filter(shown -> !shown.equals(line.getText()))
                            .map(shown -> line.getText() + " → " + shown))
                    .toList();
        });
        assertEquals(List.of(), cut);
        String refundLine = fx.onFx(() -> ((Label) purchases.getChildren().get(0)).getText());
        assertTrue(refundLine.endsWith(" ·\u00a0\u221215\u00a0/\u00a0+187\u00a0P."),
                "the points stay together on one line: " + refundLine);
    }

    @Test
    void aRefundFromTheHistoryGivesThePointsBack() {
        fx.app().loyalty().correct(anna.id(), 200, "Startguthaben");
        startSale("20");
        type(KeyCode.TAB, KeyCode.TAB);
        fx.write("200");
        type(KeyCode.ENTER);
        Label points = fx.node(fx.mainRoot(), "#pointsLabel");
        fx.waitUntil("the sale is booked", () -> points.getText().startsWith("10 Punkte"));

        fx.dialogs().answerConfirm(true);
        type(KeyCode.F6);
        Stage history = fx.awaitWindow(fx.text("history.title", anna.displayName()));
        Parent root = history.getScene().getRoot();
        Button refund = fx.node(root, "#refundButton");
        fx.waitUntil("the sale is selected", () -> !refund.isDisabled());
        fx.onFx(refund::fire);
        Label message = fx.node(root, "#messageLabel");
        assertEquals(fx.text("history.reasonRequired"), message.getText(), "no refund without a reason");
        assertEquals(0, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size());
        fx.replaceText(root, "#reasonField", "Ware zurückgegeben");
        fx.onFx(refund::fire);

        fx.waitUntil("the refund is confirmed", () -> message.getText().startsWith("Erstattet"));
        assertEquals(200, fx.app().loyalty().balance(anna.id()).points());
        javafx.scene.control.TableView<PointsLine> ledger = fx.node(root, "#ledgerTable");
        fx.waitUntil("the points account lists the refund", () -> ledger.getItems().stream()
                .anyMatch(e -> e.entry().kind() == PointsKind.REVERSAL && e.hasPurchase()));
        // with the reason given for it: the row read "Bon … vom …" alone
        List<String> reasons = fx.onFx(() -> ledger.getItems().stream()
                .filter(e -> e.entry().kind() == PointsKind.REVERSAL)
                .map(e -> (String) ledger.getColumns().get(5).getCellData(e)).toList());
        assertFalse(reasons.isEmpty());
        reasons.forEach(r -> assertTrue(r.startsWith("Erstattung: Ware zurückgegeben · Einkauf vom "), r));
        assertEquals(List.of(), fx.missingTexts(root));
        fx.waitUntil("the counter shows the points again", () -> points.getText().startsWith("200 Punkte"));
        // it said "Gebucht: 20,00 € · … neuer Stand 10 Punkte" above "200 Punkte", of the sale just refunded
        assertEquals("", fx.onFx(() -> ((Label) fx.node(fx.mainRoot(), "#confirmationLabel")).getText()));
        VBox purchases = fx.node(fx.mainRoot(), "#purchasesBox");
        assertEquals(List.of("· \u221210 / +200 P.", "· +10 / \u2212200 P."), purchases.getChildren().stream()
                .map(line -> ((Label) line).getText().replace('\u00a0', ' ').replaceAll("^.*(· [+\u2212].*)$", "$1"))
                .toList(),
                "the last purchases say what each did to the points, the refund the reverse of the sale");
        assertEquals(1, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size(),
                "the refund asks with Cancel as the default");
        // A correction beyond the balance is refused in red, an answer and no fault for the log.
        fx.onFx(() -> ((javafx.scene.control.TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1));
        fx.replaceText(root, "#correctionPointsField", "-5000");
        fx.replaceText(root, "#correctionReasonField", "Fehlbuchung");
        fx.onFx(() -> fx.<Button>node(root, "#bookButton").fire());
        Label correction = fx.node(root, "#correctionMessage");
        fx.waitUntil("the correction is refused", () -> !correction.getText().isEmpty());
        assertTrue(correction.getStyleClass().contains("field-error"), correction.getText());
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void aRefundAndAPointsCorrectionAreBookedWithEnterInTheirReasonFields() {
        // Enter in "Grund der Erstattung" and in the correction's fields did nothing, and Tab from the
        // purchases went into the list of items first: a refund took the mouse or a count of Tabs.
        fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("20.00"), List.of(), "", PaymentMethod.CASH,
                null, "", 0));
        fx.showCounter();
        scan(anna.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());

        type(KeyCode.F6);
        Stage history = fx.awaitWindow(fx.text("history.title", anna.displayName()));
        Parent root = history.getScene().getRoot();
        TextField reason = fx.node(root, "#reasonField");
        Button refund = fx.node(root, "#refundButton");
        fx.waitUntil("the sale is selected", () -> !refund.isDisabled());
        type(KeyCode.TAB);
        fx.waitUntil("Tab from the purchases goes to the reason", reason::isFocused);
        fx.dialogs().answerConfirm(true);
        fx.write("Ware defekt");
        type(KeyCode.ENTER);

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the refund is confirmed", () -> message.getText().startsWith("Erstattet"));
        assertEquals(1, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size());
        assertTrue(fx.app().purchases().history(anna.id()).get(0).isRefund());

        fx.onFx(() -> ((javafx.scene.control.TabPane) root.lookup(".tab-pane")).getSelectionModel().select(1));
        fx.replaceText(root, "#correctionPointsField", "50");
        type(KeyCode.ENTER);
        Label correction = fx.node(root, "#correctionMessage");
        fx.waitUntil("Enter in the points asks for the reason", () -> !correction.getText().isEmpty());
        assertEquals(0, fx.app().loyalty().balance(anna.id()).points());
        fx.replaceText(root, "#correctionReasonField", "Kulanz");
        type(KeyCode.ENTER);
        fx.waitUntil("the correction is booked", () -> correction.getText()
                .equals(fx.text("points.correction.booked", "+50")));
        assertEquals(50, fx.app().loyalty().balance(anna.id()).points());
        fx.onFx(history::close);
        fx.assertNoProblems();
    }

    @Test
    void aBirthdayThisWeekShowsOnThePanelTodaysAsCongratulation() {
        // the fixture's clock says Sunday, 22 November 2026
        Customer soon = fx.app().customers().create(Customers.named("Bea", "Bald").toBuilder()
                .birthDate(LocalDate.of(1990, 11, 25)).build());
        Customer today = fx.app().customers().create(Customers.named("Theo", "Heute").toBuilder()
                .birthDate(LocalDate.of(1975, 11, 22)).build());
        Label birthday = fx.node(fx.mainRoot(), "#birthdayLabel");
        fx.showCounter();

        scan(soon.number());
        fx.waitUntil("the panel shows the birthday", () -> fx.onFx(birthday::isVisible));
        assertEquals("Hat am Mittwoch, 25.11.2026 Geburtstag (in 3 Tagen).", fx.onFx(birthday::getText));
        type(KeyCode.ESCAPE);
        scan(today.number());
        fx.waitUntil("the panel congratulates", () -> fx.onFx(birthday::getText).equals("Hat heute Geburtstag!"));
        type(KeyCode.ESCAPE);
        scan(anna.number());
        fx.waitUntil("Anna's panel is shown", () -> field("#amountField").isFocused());
        assertFalse(fx.onFx(birthday::isVisible), "Anna's birthday is in May");
    }

    @Test
    void aSearchThatFindsNobodyIsRegisteredWithCtrlNAndOpensForTheSale() {
        fx.showCounter();
        scan("paula neumann");
        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        fx.waitUntil("nobody is found", () -> fx.onFx(message::getText)
                .equals(fx.text("counter.nothingFound", "paula neumann")));
        assertTrue(message.getStyleClass().contains("warning"), "amber, not an error");

        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();
        assertEquals("Paula", fx.onFx(() -> fx.<TextField>node(form, "#firstNameField").getText()));
        assertEquals("Neumann", fx.onFx(() -> fx.<TextField>node(form, "#lastNameField").getText()));
        type(KeyCode.ENTER);

        fx.awaitNoOtherWindow();
        fx.waitUntil("the new customer is open for the sale", () -> field("#amountField").isFocused());
        Label name = fx.node(fx.mainRoot(), "#nameLabel");
        assertEquals("Neumann, Paula", fx.onFx(name::getText));
        assertEquals("", fx.onFx(message::getText), "\"nobody found\" is gone with Paula");
        Label status = fx.node(fx.mainRoot(), "#statusLabel");
        assertEquals("Interessent", fx.onFx(status::getText));
        assertTrue(status.getStyleClass().contains("status-potential"));
        fx.write("7,80");
        type(KeyCode.ENTER);
        fx.waitUntil("her first purchase makes Paula a customer", () -> status.getText().equals("Aktiv"));
        assertEquals(1, fx.app().purchases().history(
                fx.app().customers().index().search(CustomerQuery.text("neumann")).get(0).id()).size(), "the sale is booked");
        assertTrue(status.getStyleClass().contains("status-active"), "green");
        assertFalse(status.getStyleClass().contains("status-potential"));
        fx.assertNoProblems();
    }

    @Test
    void aBlockedCardSaysWhichCardReplacedIt() {
        Card old = fx.app().cards().issue(anna.id());
        Card replacement = fx.app().cards().replace(old.id(), "verloren");
        fx.showCounter();

        scan(old.number());

        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        // both numbers as the panel and the card show them: "2 900000 000017", not "2900000000017"
        fx.waitUntil("the counter says the card is blocked", () -> message.getText().equals(fx.text(
                "cards.scan.blocked", CardNumbers.printed(old.number()), "verloren",
                CardNumbers.printed(replacement.number())) + " " + fx.text("cards.scan.blockedFindHolder")));
        assertFalse(fx.node(fx.mainRoot(), "#panel").isVisible());
        scan(replacement.number());
        fx.waitUntil("the new card opens the customer", () -> field("#amountField").isFocused());
    }

    private String sharedCoupon(String percent) {
        var campaigns = fx.app().campaigns();
        var campaign = campaigns.create(new CampaignDraft("Wochenmarkt", Offer.percent(percent), BigDecimal.ZERO,
                campaigns.today(), campaigns.today().plusDays(30), CodeMode.SHARED, null, ""),
                Audience.of(List.of(), ""), Progress.NONE);
        return campaigns.coupons(campaign.id()).get(0).code();
    }

    @Test
    void aSharedCouponShownBeforeTheCardCountsInTheSaleOfTheCustomerScannedNext() {
        // "Gültig: 10 % Rabatt (Wochenmarkt)" and an empty field; after the card the Gutschein field was empty
        // and the discount lost unless the code was typed again.
        Card card = fx.app().cards().issue(anna.id());
        String code = sharedCoupon("10");
        fx.showCounter();

        scan(CouponCodes.format(code));
        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        fx.waitUntil("the code is answered", () -> !message.getText().isEmpty());
        assertTrue(fx.onFx(() -> message.getText()).endsWith(
                ". Wird beim nächsten Kunden angerechnet – jetzt Karte scannen."), fx.onFx(() -> message.getText()));
        assertEquals("", fx.onFx(() -> field("#inputField").getText()));

        scan(card.number());
        fx.waitUntil("the amount field has the focus", () -> field("#amountField").isFocused());
        assertEquals(CouponCodes.format(code), fx.onFx(() -> field("#couponField").getText()));
        fx.write("30");
        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        fx.waitUntil("the coupon is accepted for her", () -> couponMessage.getStyleClass().contains("coupon-valid"));
        type(KeyCode.ENTER);

        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        assertEquals(new BigDecimal("3.00"), fx.app().purchases().history(anna.id()).get(0).couponDiscount());
        assertEquals("", fx.onFx(() -> field("#couponField").getText()), "used: gone with the sale");
        fx.assertNoProblems();
    }

    @Test
    void aCouponCodeTypedInLowerCaseWithoutHyphensIsShownAsPrintedOnceAccepted() {
        // "6rhjuvfcdum" stayed as typed beside "Gültig", unlike the code on the coupon and under "Gültige Gutscheine".
        String code = personalCoupon("5");
        startSale("30");
        type(KeyCode.TAB);
        TextField coupon = field("#couponField");
        fx.write(code.substring(0, 6).toLowerCase());
        fx.awaitIdle();
        assertEquals(code.substring(0, 6).toLowerCase(), fx.onFx(() -> coupon.getText()), "as typed while typing");
        fx.write(code.substring(6).toLowerCase());

        Label couponMessage = fx.node(fx.mainRoot(), "#couponMessageLabel");
        fx.waitUntil("the coupon is accepted", () -> couponMessage.getStyleClass().contains("coupon-valid"));
        fx.waitUntil("it reads as printed", () -> CouponCodes.format(code).equals(coupon.getText()));
        assertEquals(CouponCodes.format(code).length(), (int) fx.onFx(() -> coupon.getCaretPosition()), "the caret at its end");
        type(KeyCode.ENTER);
        fx.waitUntil("the points field has the focus", () -> field("#pointsField").isFocused());
        type(KeyCode.ENTER);

        Label confirmation = fx.node(fx.mainRoot(), "#confirmationLabel");
        fx.waitUntil("the sale is confirmed", () -> !confirmation.getText().isEmpty());
        assertEquals(new BigDecimal("5.00"), fx.app().purchases().history(anna.id()).get(0).couponDiscount());
        fx.assertNoProblems();
    }
}
