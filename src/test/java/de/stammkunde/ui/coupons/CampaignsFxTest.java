package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CampaignStats;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.ui.common.LocalDateConverter;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The owner makes a campaign for one customer by keyboard and sees it in the list. */
class CampaignsFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CampaignStats> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    @Test
    void newCampaignForOneCustomerAppearsWithOneIssuedCode() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns table shows", () -> fx.mainRoot().lookup("#newButton") != null);
        assertEquals(List.of(), fx.missingTexts(fx.mainRoot()));
        TextField search = fx.node(fx.mainRoot(), "#couponFilterField");
        assertTrue(search.isDisabled(), "no campaign yet: the coupon search has nothing to look through");

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N);
        Stage form = fx.awaitWindow(fx.text("coupons.form.title"));
        assertEquals(List.of(), fx.missingTexts(form.getScene().getRoot()));
        Button create = fx.node(form.getScene().getRoot(), "#createButton");
        assertTrue(create.isDisabled(), "no name, no customer yet");
        fx.write("Autumn");
        fx.replaceText(form.getScene().getRoot(), "#customerNumberField", fx.seeded().get(0).number());
        fx.waitUntil("Create is enabled", () -> !create.isDisabled());
        type(KeyCode.ENTER);

        fx.awaitNoOtherWindow();
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        assertEquals(1, table().getItems().get(0).issued());
        assertEquals("Autumn", table().getItems().get(0).campaign().name());
        fx.waitUntil("the coupon search is ready", () -> !search.isDisabled());
    }

    @Test
    void theEuroSignStandsInFrontOfTheAmountsAsEnglishWritesIt() {
        Parent root = newCampaignForm().getScene().getRoot();

        for (String id : List.of("#amountField", "#minPurchaseField")) {
            javafx.scene.Node field = fx.node(root, id);
            List<javafx.scene.Node> line = fx.onFx(() -> List.copyOf(field.getParent().getChildrenUnmodifiable()));
            int at = line.indexOf(field);
            assertTrue(at > 0 && line.get(at - 1) instanceof Label sign && "€".equals(sign.getText()),
                    id + ": \"€ [5.00]\", not \"[5.00] €\"");
        }
    }

    @Test
    void eachLabelStandsOnTheLineOfItsField() {
        // "Name", "Mindesteinkauf", "Gültig ab" and "Gültig bis" sat half a line below their field's text,
        // centred beside the field and the empty line kept for its message.
        Parent root = newCampaignForm().getScene().getRoot();
        fx.awaitIdle();

        List<String> apart = new ArrayList<>();
        for (String id : List.of("#nameField", "#percentRadio", "#minPurchaseField", "#validFromPicker",
                "#validToPicker")) {
            Node field = fx.node(root, id);
            double[] baselines = fx.onFx(() -> {
                Node cell = field;
                while (!(cell.getParent() instanceof GridPane)) {
                    cell = cell.getParent();
                }
                Integer row = GridPane.getRowIndex(cell);
                Label label = cell.getParent().getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Label && row.equals(GridPane.getRowIndex(n)))
                        .map(n -> (Label) n).findFirst().orElseThrow();
                return new double[] {label.localToScene(0, label.getBaselineOffset()).getY(),
                    field.localToScene(0, field.getBaselineOffset()).getY()};
            });
            if (Math.abs(baselines[0] - baselines[1]) > 1.5) {
                apart.add(id + ": label " + baselines[0] + ", field " + baselines[1]);
            }
        }
        assertEquals(List.of(), apart, "each label's text on the line of its field's text");
    }

    @Test
    void aMessageWaitsUntilItsFieldWasLeftByTabAndCtrlSShowsEveryOne() {
        Parent root = newCampaignForm().getScene().getRoot();
        fx.waitUntil("the caret is in the name", () -> fx.isFocused(root, "#nameField"));
        Label nameError = fx.node(root, "#nameError");
        Label targetError = fx.node(root, "#targetError");

        // Before, choosing the kind first said "give the campaign a name" before the user got there.
        clickOn(fx.<RadioButton>node(root, "#amountRadio"));
        fx.awaitIdle();
        assertEquals(List.of("", "", ""), fx.onFx(() -> List.of(nameError.getText(),
                fx.<Label>node(root, "#offerError").getText(), targetError.getText())));

        clickOn(fx.<Node>node(root, "#nameField"));
        type(KeyCode.TAB);
        fx.waitUntil("the name left empty says so", () -> fx.text("coupons.error.nameRequired")
                .equals(nameError.getText()));
        assertEquals("", fx.onFx(targetError::getText), "not at the customer number yet");

        push(KeyCode.SHORTCUT, KeyCode.S);
        fx.waitUntil("a try to create shows every message", () -> fx.text("coupons.error.customerNumberRequired")
                .equals(targetError.getText()));
        assertEquals(fx.text("coupons.error.amount"), fx.onFx(() -> fx.<Label>node(root, "#offerError").getText()));
        assertEquals(1, fx.otherWindows().size(), "nothing created, the form stays");
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void theFirstVisitPutsTheFocusInTheCampaignsTable() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns table shows", () -> fx.mainRoot().lookup("#newButton") != null);
        fx.awaitIdle();

        assertEquals("table", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()));
    }

    @Test
    void escAsksBeforeItThrowsAwayATypedCampaign() {
        newCampaignForm();
        fx.write("Autumn");

        fx.dialogs().answerConfirm(false);
        type(KeyCode.ESCAPE);
        fx.waitUntil("the question was asked", () -> fx.dialogs().shown().size() == 1);
        fx.awaitIdle();
        assertEquals(1, fx.otherWindows().size(), "kept: the form is still open");

        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(0, table().getItems().size());
    }

    @Test
    void escInADateClosesTheFormAsInEveryOtherField() {
        Stage form = newCampaignForm();
        fx.write("Autumn");
        javafx.scene.control.DatePicker validFrom = fx.node(form.getScene().getRoot(), "#validFromPicker");
        clickOn(validFrom.getEditor());
        fx.waitUntil("the caret is in the date", validFrom::isFocused);
        push(KeyCode.SHORTCUT, KeyCode.A);
        fx.write("1/12/2026");

        // Once a date was typed, nothing happened: the picker kept Esc for itself.
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
        assertEquals(1, fx.dialogs().shown().size(), "asked before the typed name went");
    }

    @Test
    void anEndBeforeTodayIsSaidWholeBesideTheEnd() {
        Stage form = newCampaignForm();
        javafx.scene.control.DatePicker validFrom = fx.node(form.getScene().getRoot(), "#validFromPicker");
        javafx.scene.control.DatePicker validTo = fx.node(form.getScene().getRoot(), "#validToPicker");
        LocalDate today = fx.app().campaigns().today();

        fx.onFx(() -> {
            validFrom.setValue(today.minusYears(1).minusDays(20));
            validTo.setValue(today.minusYears(1));
        });
        fx.awaitIdle();

        Label error = fx.node(form.getScene().getRoot(), "#validToError");
        assertTrue(fx.onFx(() -> error.getText().startsWith("The end is before today")), error.getText());
        assertShownWhole(form, error);
        assertTrue(fx.<Button>node(form.getScene().getRoot(), "#createButton").isDisabled());
        discardForm();
    }

    @Test
    void aLongMessageBesideAFieldWrapsInsteadOfBeingCut() {
        Stage form = newCampaignForm();
        Label error = fx.node(form.getScene().getRoot(), "#nameError");
        String longText = "Dieser Name ist schon vergeben: Bitte einen anderen Namen wählen, zum Beispiel mit dem Monat"
                + " oder dem Jahr dahinter, damit die Kampagnen in der Liste auseinanderzuhalten sind.";
        fx.onFx(() -> {
            error.textProperty().unbind();
            error.setText(longText);
        });
        fx.awaitIdle();
        assertShownWhole(form, error);
        double[] bottoms = fx.onFx(() -> new double[] {
            fx.<javafx.scene.Node>node(form.getScene().getRoot(), "#countBox").localToScene(
                    fx.<javafx.scene.Node>node(form.getScene().getRoot(), "#countBox").getBoundsInLocal()).getMaxY(),
            fx.<javafx.scene.Node>node(form.getScene().getRoot(), "#createButton").localToScene(0, 0).getY()});
        assertTrue(bottoms[0] <= bottoms[1], "the form's last row " + bottoms[0] + " above the buttons " + bottoms[1]);
        discardForm();
    }

    /** The label's text as the skin shows it is its whole text, not cut short with "…". */
    private void assertShownWhole(Stage form, Label label) {
        assertEquals(List.of(), fx.onFx(() -> {
            label.applyCss();
            form.getScene().getRoot().layout();
            return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t)
                    .getText()).filter(shown -> !shown.equals(label.getText())).toList();
        }), "not cut short");
    }

    /** Esc on the form, and yes to throwing away what was entered. */
    private void discardForm() {
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void aValidToThatIsNoDateStaysInTheFieldBesideItsMessage() {
        Stage form = newCampaignForm();
        javafx.scene.control.DatePicker validTo = fx.node(form.getScene().getRoot(), "#validToPicker");

        clickOn(validTo.getEditor());
        fx.onFx(() -> validTo.getEditor().setText("31.02.2026"));
        type(KeyCode.TAB);
        fx.awaitIdle();

        assertEquals("31.02.2026", validTo.getEditor().getText(), "what was typed stays to be corrected");
        assertEquals(null, validTo.getValue());
        assertEquals(fx.text("coupons.error.dateRequired"), fx.<Label>node(form.getScene().getRoot(),
                "#validToError").getText());
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void anInterestChosenLeavesTheWordsOfItsLineWhole() {
        // "All customers matchi…" and "All statu…" once "Brötchen-Abo" was chosen
        Stage form = newCampaignForm();
        Parent root = form.getScene().getRoot();
        RadioButton matching = fx.node(root, "#matchingRadio");
        javafx.scene.control.ComboBox<String> tags = fx.node(root, "#tagBox");
        javafx.scene.control.ComboBox<?> statuses = fx.node(root, "#statusBox");

        clickOn(matching);
        fx.onFx(() -> {
            tags.getItems().addAll("Brötchen-Abo", "Weihnachten");   // as the demo customers have them
            tags.setValue("Brötchen-Abo");
            form.setWidth(640);   // the fonts here are narrower than on a Linux desktop: the room is made as short
        });
        fx.awaitIdle();

        assertEquals(List.of(matching.getText(), fx.text("filter.status.all")), fx.onFx(() -> {
            root.applyCss();
            root.layout();
            return List.of(shownText(matching), shownText(statuses.getButtonCell()));
        }));
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    /** Ctrl+3, then Ctrl+Shift+N: the form of a new campaign. */
    private Stage newCampaignForm() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns table shows", () -> fx.mainRoot().lookup("#newButton") != null);
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N);
        return fx.awaitWindow(fx.text("coupons.form.title"));
    }

    /** The text as the skin shows it, "…" and all. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof javafx.scene.text.Text && child.getStyleClass().contains("text"))
                .map(child -> ((javafx.scene.text.Text) child).getText()).findFirst().orElse("");
    }

    @Test
    void aDateTypedWithoutItsYearIsTakenAsTheNearestOne() {
        // "1.12." in German, "1/12" in English, was "please enter a date, e.g. 24.12.2026"
        Stage form = newCampaignForm();
        javafx.scene.control.DatePicker validFrom = fx.node(form.getScene().getRoot(), "#validFromPicker");
        javafx.scene.control.DatePicker validTo = fx.node(form.getScene().getRoot(), "#validToPicker");

        clickOn(validFrom.getEditor());
        fx.onFx(() -> validFrom.getEditor().setText("1/12"));
        type(KeyCode.TAB);
        clickOn(validTo.getEditor());
        fx.onFx(() -> validTo.getEditor().setText("15/1"));
        type(KeyCode.TAB);
        fx.awaitIdle();

        assertEquals(LocalDate.of(2026, 12, 1), validFrom.getValue(), "on 22 November 2026");
        assertEquals(LocalDate.of(2027, 1, 15), validTo.getValue(), "January is next year's");
        assertEquals("", fx.<Label>node(form.getScene().getRoot(), "#validFromError").getText());
        assertEquals("", fx.<Label>node(form.getScene().getRoot(), "#validToError").getText());
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void aWrongLimitIsSaidBelowTheSharedCodeLineWhichStaysReadable() {
        Parent root = newCampaignForm().getScene().getRoot();
        RadioButton shared = fx.node(root, "#sharedRadio");
        clickOn(shared);
        fx.replaceText(root, "#limitField", "0");
        fx.waitUntil("the limit is refused", () -> fx.text("coupons.error.limit").equals(
                fx.<Label>node(root, "#limitError").getText()));
        fx.awaitIdle();

        // The message beside the line squeezed it to "One shared code, u… 0 …": "times" was gone too.
        assertEquals(List.of(shared.getText(), fx.text("coupons.form.limitUnit")), fx.onFx(() -> {
            root.applyCss();
            root.layout();
            return List.of(shown(shared), shown(fx.node(root, "#limitUnit")));
        }));
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void whenNobodyMatchesTheCountAndWhatToDoAreBothReadable() {
        Parent root = newCampaignForm().getScene().getRoot();
        fx.write("Autumn");
        clickOn(fx.<RadioButton>node(root, "#matchingRadio"));
        fx.replaceText(root, "#searchField", "nobody-is-called-this");
        Label error = fx.node(root, "#targetError");
        fx.waitUntil("nobody matches", () -> fx.text("coupons.error.noCustomersForSearch").equals(error.getText()));
        fx.awaitIdle();

        // Side by side with the count they were "No customer get…" and "… Please change the search …";
        // the message says the count too, so it stands alone on the line.
        Label count = fx.node(root, "#recipientsLabel");
        assertEquals(error.getText(), fx.onFx(() -> {
            root.applyCss();
            root.layout();
            return shown(error);
        }));
        assertFalse(count.isVisible());
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    /** The text a label or button shows, which its skin cuts to "…" where there is no room. */
    private static String shown(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @Test
    void birthdayFormOpensWithItsShortcutAndCountsBirthdays() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns table shows", () -> fx.mainRoot().lookup("#newButton") != null);

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B);
        Stage form = fx.awaitWindow(fx.text("coupons.birthday.title"));

        assertEquals(List.of(), fx.missingTexts(form.getScene().getRoot()));
        fx.waitUntil("the cursor waits in the days (the name is filled in)",
                () -> fx.isFocused(form.getScene().getRoot(), "#daysField"));
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void aSecondBirthdayCampaignSaysInFullWhoIsLeftOutAndKeepsItsButtonsInView() {
        for (int day : new int[] {30, 31}) {
            fx.app().customers().create(de.stammkunde.domain.customers.CustomerDetails.builder().lastName("Bald" + day)
                    .birthDate(LocalDate.of(1980, 11, 1).plusDays(day - 1)).build());
        }
        fx.app().campaigns().createForBirthdays(new CampaignDraft("Birthday", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 31), CodeMode.PERSONAL, null, ""), 14,
                "Birthday within 14 days", Progress.NONE);
        fx.app().customers().create(de.stammkunde.domain.customers.CustomerDetails.builder().lastName("Neu")
                .birthDate(LocalDate.of(1990, 12, 2)).build());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns table shows", () -> fx.mainRoot().lookup("#newButton") != null);

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.B);
        Parent root = fx.awaitWindow(fx.text("coupons.birthday.title")).getScene().getRoot();
        Label count = fx.node(root, "#recipientsLabel");
        String expected = fx.text("coupons.form.recipients", 1) + " " + fx.text("coupons.form.birthdaysGiven", 2);
        fx.waitUntil("the birthdays are counted", () -> expected.equals(count.getText()));
        fx.awaitIdle();
        assertEquals(expected, fx.onFx(() -> shown(count)), "on two lines, not cut short");

        fx.replaceText(root, "#daysField", "9");
        Label error = fx.node(root, "#targetError");
        fx.waitUntil("both are left out", () -> fx.text("coupons.error.birthdaysGiven", 2).equals(error.getText()));
        fx.awaitIdle();
        assertEquals(error.getText(), fx.onFx(() -> shown(error)));
        Button cancel = fx.node(root, "#closeButton");
        assertTrue(fx.onFx(() -> cancel.localToScene(cancel.getLayoutBounds()).getMaxY()
                <= root.getScene().getHeight()),
                "Cancel stays in the window");
        fx.dialogs().answerConfirm(true);
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }

    @Test
    void aCouponOfACampaignIsFoundByNameAndSavedAsPng() throws Exception {
        Path file = java.nio.file.Files.createTempDirectory("coupon").resolve("coupon.png");
        Campaign autumn = fx.app().campaigns().create(new CampaignDraft("Autumn", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(fx.seeded().stream().map(Customer::id).toList(), "all"), Progress.NONE);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        TableView<CampaignCoupon> coupons = fx.node(fx.mainRoot(), "#couponsTable");

        fx.waitUntil("the newest campaign is chosen and its coupons are listed", () -> coupons.getItems().size() == 1);
        assertEquals(List.of(), fx.missingTexts(fx.mainRoot()));
        clickOn(fx.<javafx.scene.Node>node(fx.mainRoot(), "#couponFilterField"));
        fx.write(fx.seeded().get(0).details().lastName());
        type(KeyCode.TAB);
        fx.waitUntil("Tab into the list chose its coupon", () -> coupons.isFocused()
                && coupons.getSelectionModel().getSelectedIndex() == 0);
        fx.dialogs().answerFileToSave(file);
        clickOn(fx.<javafx.scene.Node>node(fx.mainRoot(), "#couponPngButton"));

        fx.waitUntil("the PNG is written", () -> java.nio.file.Files.exists(file));
        String code = fx.app().campaigns().coupons(autumn.id()).get(0).code();
        fx.waitUntil("the coupon says it was saved", () -> fx.<Label>node(fx.mainRoot(), "#couponMessageLabel")
                .getText().contains(file.toString()));
        assertEquals(Optional.of(CouponCodes.format(code)), CouponDocuments.readQr(ImageIO.read(file.toFile())));
        fx.assertNoProblems();
    }

    @Test
    void afterSavingACouponAsPdfTheFocusIsBackOnPdfNotInTheList() throws Exception {
        // Saving disabled the buttons and the focus fell into the list below: Tab then left the row.
        Path file = java.nio.file.Files.createTempDirectory("coupon").resolve("coupon.pdf");
        fx.app().campaigns().create(new CampaignDraft("Autumn", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(fx.seeded().get(0).id()), "one"), Progress.NONE);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        TableView<CampaignCoupon> coupons = fx.node(fx.mainRoot(), "#couponsTable");
        fx.waitUntil("the campaign's coupon is listed", () -> coupons.getItems().size() == 1);
        fx.onFx(() -> coupons.getSelectionModel().selectFirst());
        Button pdf = fx.node(fx.mainRoot(), "#couponPdfButton");
        fx.waitUntil("PDF can be pressed", () -> !pdf.isDisabled());
        fx.onFx(pdf::requestFocus);
        fx.dialogs().answerFileToSave(file);

        type(KeyCode.SPACE);

        fx.waitUntil("the PDF is written", () -> java.nio.file.Files.exists(file));
        fx.awaitIdle();
        fx.waitUntil("'PDF …' has the focus again", pdf::isFocused);
        type(KeyCode.TAB);
        fx.waitUntil("Tab goes on to 'PNG …'", () -> fx.<Button>node(fx.mainRoot(), "#couponPngButton").isFocused());
    }

    @Test
    void whileAllCouponsAreSavedCancelIsReadableBesideTheKeyboardHint() throws Exception {
        // Saving 100,000 coupons takes half a minute; its cancel button showed only "…" in a German window.
        fx.close();
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        fx.onFx(() -> fx.stage().setWidth(1280));
        campaign("Herbst", fx.seeded());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed and chosen", () -> table().getSelectionModel().getSelectedItem() != null);
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        // the one worker waits, so the save stays under way while the test looks at it
        fx.onFx(() -> {
            fx.runner().submit("hold", p -> hold.await(1, java.util.concurrent.TimeUnit.MINUTES), done -> { },
                    error -> { });
        });
        fx.dialogs().answerFileToSave(java.nio.file.Files.createTempDirectory("coupons").resolve("all.pdf"));
        Button cancel = fx.node(fx.mainRoot(), "#cancelButton");
        try {
            clickOn(fx.<Node>node(fx.mainRoot(), "#pdfButton"));
            fx.waitUntil("the save shows its cancel button", cancel::isVisible);

            double[] widths = fx.onFx(() -> new double[] {cancel.prefWidth(-1), cancel.getWidth()});
            assertEquals(widths[0], widths[1], 0.5, "as wide as the whole word");
        } finally {
            hold.countDown();
        }
        fx.waitUntil("the coupons are saved", () -> !cancel.isVisible());
        fx.assertNoProblems();
    }

    @Test
    void theKeyboardHintStaysWholeBesideTheMessageThatTheCouponsAreSaved() throws Exception {
        // After "Alle als PDF …" in a 1200 pixel window the message took two lines and squeezed the hint to
        // "Strg+Umschalt+N neu · Strg+Umschalt+B Geburtstag · Umschalt+F…".
        fx.close();
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        fx.onFx(() -> fx.stage().setWidth(1200));
        campaign("Geburtstag 25.11.2026", fx.seeded());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed and chosen", () -> table().getSelectionModel().getSelectedItem() != null);
        Path file = java.nio.file.Files.createTempDirectory("coupons").resolve("gutscheine-Geburtstag-25-11-2026.pdf");
        fx.dialogs().answerFileToSave(file);

        clickOn(fx.<Node>node(fx.mainRoot(), "#pdfButton"));

        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        fx.waitUntil("the message says where the coupons are", () -> message.getText().contains(file.toString()));
        fx.awaitIdle();
        Label hint = fx.node(fx.mainRoot(), "#keyboardHint");
        String shown = fx.onFx(() -> {
            hint.getScene().getRoot().applyCss();
            hint.getScene().getRoot().layout();
            return hint.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                    .map(child -> ((Text) child).getText()).findFirst().orElse("");
        });
        assertEquals(fx.onFx(hint::getText), shown, "the whole hint, on as many lines as it needs");
        fx.assertNoProblems();
    }

    @Test
    void theMessageThatTheCouponsAreSavedGoesWhenAnotherCampaignIsChosen() throws Exception {
        campaign("Herbst", fx.seeded());
        campaign("Winter", fx.seeded());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("a campaign is chosen", () -> table().getSelectionModel().getSelectedItem() != null);
        Path file = java.nio.file.Files.createTempDirectory("coupons").resolve("coupons.pdf");
        fx.dialogs().answerFileToSave(file);
        clickOn(fx.<Node>node(fx.mainRoot(), "#pdfButton"));
        Label message = fx.node(fx.mainRoot(), "#messageLabel");
        fx.waitUntil("the message says where the coupons are", () -> message.getText().contains(file.toString()));

        fx.onFx(() -> table().requestFocus());
        fx.waitUntil("the table has the focus", () -> table().isFocused());
        type(table().getSelectionModel().getSelectedIndex() == 0 ? KeyCode.DOWN : KeyCode.UP);

        // "1 coupon saved in …" stood under the other campaign's coupons as if said of them
        fx.waitUntil("the message is gone", () -> message.getText().isEmpty());
    }

    private Campaign campaign(String name, List<Customer> customers) {
        return fx.app().campaigns().create(new CampaignDraft(name, Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(customers.stream().map(Customer::id).toList(), "all"), Progress.NONE);
    }

    private List<String> names() {
        return fx.onFx(() -> table().getItems().stream().map(r -> r.campaign().name()).toList());
    }

    private void sortWith(KeyCode[] keys, String item) {
        push(keys);
        javafx.scene.control.ContextMenu menu = table().getContextMenu();
        fx.waitUntil("the sort menu shows", menu::isShowing);
        // Under headless Monocle the popup's keys miss the menu: the item is fired as Enter on it would.
        fx.onFx(() -> {
            menu.getItems().stream().filter(i -> item.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError(item + " is not in the sort menu")).fire();
            menu.hide();
        });
        fx.awaitIdle();
    }

    @Test
    void theCampaignsAreSortedFromTheKeyboardAndStaySortedWhenShownAgain() {
        campaign("Birthday", fx.seeded());
        campaign("Autumn", fx.seeded());
        campaign("Christmas", fx.seeded());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns are listed", () -> table().getItems().size() == 3);
        fx.waitUntil("the table has the focus", () -> table().isFocused());

        sortWith(new KeyCode[] {KeyCode.SHIFT, KeyCode.F10}, fx.text("table.sortBy", fx.text("coupons.column.name")));
        assertEquals(List.of("Autumn", "Birthday", "Christmas"), names());
        sortWith(new KeyCode[] {KeyCode.CONTEXT_MENU}, fx.text("table.descending"));
        assertEquals(List.of("Christmas", "Birthday", "Autumn"), names());

        fx.showCounter();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.awaitIdle();
        assertEquals(List.of("Christmas", "Birthday", "Autumn"), names(), "loaded again, still in the chosen order");
        fx.assertNoProblems();
    }

    @Test
    void issuedCodesSortAsNumbersNotAsText() {
        List<Customer> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(fx.app().customers().create(Customers.named("Kunde", "Nummer" + i)));
        }
        campaign("Ten", many);
        campaign("Two", many.subList(0, 2));
        campaign("Nine", many.subList(0, 9));
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaigns are listed", () -> table().getItems().size() == 3);
        fx.waitUntil("the table has the focus", () -> table().isFocused());

        sortWith(new KeyCode[] {KeyCode.SHIFT, KeyCode.F10}, fx.text("table.sortBy", fx.text("coupons.column.issued")));

        assertEquals(List.of("Two", "Nine", "Ten"), names(), "2, 9, 10 – not \"10\", \"2\", \"9\"");
        fx.assertNoProblems();
    }

    @Test
    void aClickOnAColumnHeaderSortsTheCouponsAndTheFilterKeepsTheOrder() {
        List<Customer> people = List.of(fx.app().customers().create(Customers.named("Carla", "Zeller")),
                fx.app().customers().create(Customers.named("Anton", "Ahrens")),
                fx.app().customers().create(Customers.named("Bea", "Zorn")));
        campaign("Autumn", people);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        TableView<CampaignCoupon> coupons = fx.node(fx.mainRoot(), "#couponsTable");
        fx.waitUntil("the coupons are listed", () -> coupons.getItems().size() == 3);
        Node holderHeader = fx.onFx(() -> coupons.lookupAll(".column-header").stream()
                .filter(h -> h instanceof TableColumnHeader c && c.getTableColumn() != null
                        && "holderColumn".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow());

        clickOn(holderHeader);
        fx.waitUntil("sorted by name", () -> holders(coupons).equals(List.of("Anton Ahrens", "Bea Zorn",
                "Carla Zeller")));
        clickOn(holderHeader);
        fx.waitUntil("sorted by name, descending", () -> holders(coupons).equals(List.of("Carla Zeller",
                "Bea Zorn", "Anton Ahrens")));
        clickOn(fx.<Node>node(fx.mainRoot(), "#couponFilterField"));
        fx.write("z");
        fx.waitUntil("the filter keeps the order", () -> holders(coupons).equals(List.of("Carla Zeller",
                "Bea Zorn")));
        fx.assertNoProblems();
    }

    private List<String> holders(TableView<CampaignCoupon> coupons) {
        return fx.onFx(() -> coupons.getItems().stream().map(k -> k.firstName() + " " + k.lastName()).toList());
    }

    @Test
    void aCampaignForOneCustomerNamesThemInFullInA1280PixelWindow() {
        // The "For" column showed "Customer 100001"; the name then was cut to "Grosskopf, Birgit (…".
        Customer anna = fx.app().customers().create(Customers.named("Annemarie", "Grosskopf"));
        fx.onFx(() -> fx.stage().setWidth(1280));
        fx.app().campaigns().create(new CampaignDraft("Thank you Anna", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), fx.text("coupons.target.customer", anna.number()),
                        new CampaignTarget.OneCustomer(anna.number())), Progress.NONE);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        fx.awaitIdle();

        String shown = fx.onFx(() -> table().lookupAll(".table-row-cell .table-cell").stream()
                .map(n -> (TableCell<?, ?>) n).filter(c -> c.getTableColumn().getId().equals("targetColumn")
                        && c.getText() != null && !c.getText().isEmpty())
                .map(CampaignsFxTest::shown).findFirst().orElse("no cell"));

        assertEquals(anna.displayName() + " (" + anna.number() + ")", shown);
    }

    @Test
    void hoveringTheRedemptionsOfACampaignWithARefundSaysAUseWasGivenBack() {
        Customer anna = fx.seeded().get(0);
        LocalDate today = fx.app().campaigns().today();
        Campaign autumn = fx.app().campaigns().create(new CampaignDraft("Autumn", Offer.percent("10"), BigDecimal.ZERO,
                today.minusDays(1), today.plusDays(10), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(anna.id()), "Anna"), Progress.NONE);
        String code = fx.app().campaigns().coupons(autumn.id()).get(0).code();
        long sold = fx.app().sales().record(new SaleDraft(anna.id(), new BigDecimal("20.00"), List.of(), "",
                PaymentMethod.CASH, null, code, 0)).purchase().id();
        fx.app().sales().refund(sold, "returned");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        fx.awaitIdle();

        String tooltip = fx.onFx(() -> table().lookupAll(".table-row-cell .table-cell").stream()
                .map(n -> (TableCell<?, ?>) n).filter(c -> c.getTableColumn().getId().equals("redeemedColumn")
                        && c.getText() != null && !c.getText().isEmpty())
                .map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText()).findFirst().orElse("no cell"));

        assertEquals("One use was refunded; it does not count here.", tooltip);
    }

    @Test
    void countsAndAmountsLineUpOnTheRightUnderTheirHeaders() {
        campaign("Autumn", fx.seeded());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        fx.awaitIdle();

        Map<String, HPos> cells = fx.onFx(() -> {
            table().applyCss();
            Map<String, HPos> found = new TreeMap<>();
            for (Node cell : table().lookupAll(".table-row-cell .table-cell")) {
                if (cell instanceof TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty()) {
                    found.put(c.getTableColumn().getId(), c.getAlignment().getHpos());
                }
            }
            for (Node header : table().lookupAll(".column-header")) {
                if (header instanceof TableColumnHeader h && h.lookup(".label") instanceof Label label) {
                    found.put(h.getTableColumn().getId() + " header", label.getAlignment().getHpos());
                }
            }
            return found;
        });

        for (String column : List.of("issuedColumn", "redeemedColumn", "revenueColumn")) {
            assertEquals(HPos.RIGHT, cells.get(column), column);
            assertEquals(HPos.RIGHT, cells.get(column + " header"), column + " header");
        }
        assertEquals(HPos.LEFT, cells.get("nameColumn"), "text stays on the left");
    }

    @Test
    void ctrlSCreatesTheCampaignWithTheDateJustTypedAndTheButtonSaysSo() {
        Stage form = newCampaignForm();
        Parent root = form.getScene().getRoot();
        Button create = fx.node(root, "#createButton");
        assertEquals("Create the campaign (Ctrl+S)", create.getTooltip().getText());
        fx.write("Autumn");
        fx.replaceText(root, "#customerNumberField", fx.seeded().get(0).number());
        fx.waitUntil("Create is enabled", () -> !create.isDisabled());
        javafx.scene.control.DatePicker validTo = fx.node(root, "#validToPicker");
        LocalDate typed = LocalDate.of(2027, 1, 31);
        clickOn(validTo.getEditor());
        fx.onFx(() -> validTo.getEditor().setText(new LocalDateConverter(fx.messages().locale()).toString(typed)));

        push(KeyCode.SHORTCUT, KeyCode.S);

        fx.awaitNoOtherWindow();
        fx.waitUntil("the campaign is listed", () -> table().getItems().size() == 1);
        assertEquals("Autumn", table().getItems().get(0).campaign().name());
        assertEquals(typed, table().getItems().get(0).campaign().validTo(), "the date typed, not the one before");
    }
}
