package de.stammkunde.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings screen in the real window, reached by keyboard. */
class SettingsFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).startupWork(false).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Parent showSettings() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT9);
        fx.waitUntil("the settings screen is shown", () -> fx.onFx(() -> fx.mainRoot().lookup("#expiryField") != null
                && fx.mainRoot().lookup("#expiryField").isVisible()));
        fx.awaitIdle();
        return fx.mainRoot();
    }

    @Test
    void ctrl9OpensTheSettingsWithEveryTextTranslated() {
        Parent root = showSettings();

        assertEquals(List.of(), fx.missingTexts(root));
    }

    @Test
    void theRedemptionValueReadsInEnglishWithTheEuroSignInFront() {
        Parent root = showSettings();
        TextField value = fx.node(root, "#redeemValueField");

        // It read "[5,00] €": a German example and the sign where German writes it.
        assertEquals("5.00", value.getPromptText());
        List<String> line = fx.onFx(() -> value.getParent().getChildrenUnmodifiable().stream()
                .map(node -> node == value ? "[field]" : node instanceof Label label ? label.getText() : "?").toList());
        assertEquals(List.of("?", fx.text("settings.redeem.equals"), "€", "[field]"), line);
    }

    @Test
    void anExpiryAboveTenYearsShowsItsMessageAndDisablesSave() {
        Parent root = showSettings();

        fx.replaceText(root, "#expiryField", "200");

        assertEquals("Please enter a whole number of months from 0 to 120 (0 = never).",
                fx.onFx(() -> ((Label) fx.node(root, "#expiryError")).getText()));
        assertTrue(fx.onFx(() -> ((Button) fx.node(root, "#saveButton")).isDisabled()));
    }

    @Test
    void aNumberTypedTheGermanWayShowsTheEnglishWayOnceTheFieldIsLeft() {
        // "1,5" points per € was read as 1.5 but stayed "1,5"; "1000" did not read "1,000" as the messages write
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));

        fx.replaceText(root, "#pointsPerEuroField", "1,5");
        type(KeyCode.TAB);
        fx.replaceText(root, "#minimumField", "1000");
        type(KeyCode.TAB);
        fx.replaceText(root, "#expiryField", "12x");
        type(KeyCode.TAB);
        fx.awaitIdle();

        assertEquals("1.5", fx.onFx(() -> ((TextField) fx.node(root, "#pointsPerEuroField")).getText()));
        assertEquals("1,000", fx.onFx(() -> ((TextField) fx.node(root, "#minimumField")).getText()));
        assertEquals("12x", fx.onFx(() -> ((TextField) fx.node(root, "#expiryField")).getText()), "as typed");
        assertFalse(fx.onFx(() -> ((Label) fx.node(root, "#expiryError")).getText()).isEmpty());
    }

    @Test
    void anEditNotSavedYetIsStillThereAfterVisitingAnotherScreen() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));
        fx.replaceText(root, "#pointsPerEuroField", "3");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        fx.awaitIdle();
        showSettings();

        assertEquals("3", fx.onFx(() -> ((TextField) fx.node(root, "#pointsPerEuroField")).getText()));
        assertTrue(fx.onFx(() -> ((TextField) fx.node(root, "#pointsPerEuroField")).isEditable()));
        assertEquals("Your changes are not saved yet. Save applies them.",
                fx.onFx(() -> ((Label) fx.node(root, "#messageLabel")).getText()));
        assertEquals(0, new BigDecimal("1").compareTo(fx.app().loyalty().rules().pointsPerEuro()), "nothing saved");
    }

    /** Asks the main window to close, as its close button does. */
    private boolean closeWindowKeepsItOpen() {
        return fx.onFx(() -> {
            // A handler after the window's own sees whether one of those kept the window open.
            boolean[] kept = new boolean[1];
            EventHandler<WindowEvent> after = e -> kept[0] = e.isConsumed();
            fx.stage().addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, after);
            fx.stage().fireEvent(new WindowEvent(fx.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            fx.stage().removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, after);
            return kept[0];
        });
    }

    @Test
    void closingTheWindowWithSettingsNotSavedAsksFirstAndKeepEditingShowsThem() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));
        fx.replaceText(root, "#pointsPerEuroField", "3");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        fx.awaitIdle();

        // The window closed without a word, and the 3 points per euro were gone.
        fx.dialogs().answerConfirm(false);
        assertTrue(closeWindowKeepsItOpen(), "Keep editing keeps the window open");
        assertEquals(List.of(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE),
                fx.dialogs().shown().stream().map(ScriptedDialogs.Shown::kind).toList());
        assertEquals("Settings not saved", fx.dialogs().shown().get(0).title());
        assertEquals(List.of("Discard and quit", "Keep editing"), fx.dialogs().shown().get(0).choices(),
                "buttons that say what they do, not OK / Cancel");
        fx.waitUntil("the settings are shown again", () -> fx.onFx(() -> fx.mainRoot().lookup("#expiryField")
                .isVisible()));
        assertEquals("3", fx.onFx(() -> ((TextField) fx.node(root, "#pointsPerEuroField")).getText()));

        fx.dialogs().answerConfirm(true);
        assertFalse(closeWindowKeepsItOpen(), "Discard and quit closes");
    }

    @Test
    void closingTheWindowWithNothingEditedAsksNothing() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));

        assertFalse(closeWindowKeepsItOpen());
        assertEquals(List.of(), fx.dialogs().shown());
    }

    @Test
    void savedRulesApplyToTheNextSale() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));

        fx.replaceText(root, "#shopNameField", "Feinkost Müller");
        fx.replaceText(root, "#pointsPerEuroField", "2");
        fx.onFx(() -> ((Button) fx.node(root, "#saveButton")).fire());

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        assertEquals(0, new BigDecimal("2").compareTo(fx.app().loyalty().rules().pointsPerEuro()));
        assertEquals("Feinkost Müller", fx.app().settings().shopName());
    }
    @Test
    void theFirstVisitPutsTheCaretInTheShopName() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));

        assertEquals("shopNameField", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()));
    }

    @Test
    void removingATierByKeyboardKeepsTheFocusAmongTheTiers() {
        Parent root = showSettings();
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !((Button) fx.node(root, "#saveButton")).isDisabled()));
        fx.onFx(() -> ((Button) fx.node(root, "#addTierButton")).fire());
        fx.onFx(() -> ((Button) fx.node(root, "#addTierButton")).fire());
        fx.onFx(() -> fx.node(root, "#tierRemove1").requestFocus());

        assertEquals("tierRemove1", pressFocusedButton(), "the next tier's");
        assertTrue(fx.onFx(() -> root.lookup("#tierRemove2") == null), "one tier left");
        assertEquals("addTierButton", pressFocusedButton());
    }

    @Test
    void lettersTypedRightAfterAddTierLandInTheNewName() {
        Parent root = showSettings();
        Button add = fx.node(root, "#addTierButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !add.isDisabled()));
        fx.onFx(add::requestFocus);

        // Space and the letters in one go, before the next pulse: as typed ahead by a fast hand or a macro.
        String typedInto = fx.onFx(() -> {
            for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                Event.fireEvent(add, new KeyEvent(type, "", "", KeyCode.SPACE, false, false, false, false));
            }
            Node focused = fx.stage().getScene().getFocusOwner();
            for (char c : "Gold".toCharArray()) {
                Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            return focused.getId();
        });
        assertEquals("tierName1", typedInto);

        // The field had the caret but no skin yet: "Gold" was lost.
        assertEquals("Gold", fx.onFx(() -> ((TextField) fx.node(root, "#tierName1")).getText()));
    }

    @Test
    void aTierJustAddedSaysWhatItNeedsInGreyAndTheNoteWhySaveIsOff() {
        Parent root = showSettings();
        Button add = fx.node(root, "#addTierButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !add.isDisabled()));

        fx.onFx(add::fire);
        fx.awaitIdle();

        // Save greyed out, and the note below it said "Save applies them" with nothing saying why it was off.
        assertTrue(fx.onFx(() -> fx.node(root, "#saveButton").isDisabled()));
        assertEquals("Your changes are not saved yet. Tier 1 still needs a name and a minimum spend; then Save "
                + "applies them.", fx.onFx(() -> ((Label) fx.node(root, "#messageLabel")).getText()));
        assertEquals("required", fx.onFx(() -> ((TextField) fx.node(root, "#tierName1")).getPromptText()));
        assertEquals("required",
                fx.onFx(() -> ((TextField) fx.node(root, "#tierMinSpend1")).getPromptText()));
        assertEquals("", fx.onFx(() -> ((Label) fx.node(root, "#tierError1")).getText()), "nothing red yet");
    }

    @Test
    void eachTiersMessagesShowUnderItsOwnRow() {
        Parent root = showSettings();
        Button add = fx.node(root, "#addTierButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !add.isDisabled()));
        List<List<String>> tiers = List.of(List.of("Gold", "300", "2"), List.of("Silver", "500", "1.5"),
                List.of("Platinum", "500", "3"));
        for (int n = 1; n <= tiers.size(); n++) {
            List<String> tier = tiers.get(n - 1);
            fx.onFx(add::fire);
            fx.replaceText(root, "#tierName" + n, tier.get(0));
            fx.replaceText(root, "#tierMinSpend" + n, tier.get(1));
            fx.replaceText(root, "#tierMultiplier" + n, tier.get(2));
        }
        fx.awaitIdle();

        // Only the first showed, below "Add tier", away from the row it was about.
        assertEquals(List.of("", "Tier 2: a tier with a higher minimum spend should multiply at least as much as "
                + "“Gold” (×2).", "Tier 3: “Silver” already has the minimum spend €500.00; please enter another."),
                fx.onFx(() -> List.of(1, 2, 3).stream().map(n -> ((Label) fx.node(root, "#tierError" + n)).getText())
                        .toList()));
        for (int n : List.of(2, 3)) {
            Label error = fx.node(root, "#tierError" + n);
            double errorTop = fx.onFx(() -> error.localToScene(error.getBoundsInLocal()).getMinY());
            double rowBottom = fx.onFx(() -> fx.node(root, "#tierName" + n).localToScene(
                    fx.node(root, "#tierName" + n).getBoundsInLocal()).getMaxY());
            double nextTop = fx.onFx(() -> (n == 3 ? add : fx.node(root, "#tierName" + (n + 1))).localToScene(
                    (n == 3 ? add : fx.node(root, "#tierName" + (n + 1))).getBoundsInLocal()).getMinY());
            assertTrue(fx.onFx(error::isVisible) && rowBottom <= errorTop && errorTop < nextTop,
                    "tier " + n + "'s message between its row and the next");
        }
        assertFalse(fx.onFx(() -> fx.node(root, "#tierError1").isManaged()), "no room taken by a row without one");
    }

    @Test
    void ctrlSWithATierWrongFarDownBringsItsRowIntoSightInASmallWindow() {
        fx.onFx(() -> {
            fx.stage().setWidth(1024);
            fx.stage().setHeight(700);
        });
        Parent root = showSettings();
        Button add = fx.node(root, "#addTierButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !add.isDisabled()));
        for (int n = 1; n <= 5; n++) {
            fx.onFx(add::fire);
            fx.replaceText(root, "#tierName" + n, "Tier" + n);
            fx.replaceText(root, "#tierMinSpend" + n, String.valueOf(100 * n));
            fx.replaceText(root, "#tierMultiplier" + n, String.valueOf(n + 1));
        }
        // The last row empty and not visited: its messages show only on a try to save.
        fx.onFx(add::fire);
        javafx.scene.control.ScrollPane pane = fx.onFx(() -> {
            Node up = fx.node(root, "#shopNameField");
            while (!(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            return (javafx.scene.control.ScrollPane) up;
        });
        fx.onFx(() -> {
            pane.setVvalue(pane.getVmin());
            fx.node(root, "#shopNameField").requestFocus();
        });
        fx.awaitIdle();

        push(KeyCode.SHORTCUT, KeyCode.S);
        fx.awaitIdle();

        Label error = fx.node(root, "#tierError6");
        assertFalse(fx.onFx(error::getText).isEmpty(), "the empty tier's messages show");
        // They showed below the window's edge, and the caret stayed in the shop's name at the top.
        assertEquals("tierName6", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()));
        javafx.geometry.Bounds view = fx.onFx(() -> pane.localToScene(pane.getLayoutBounds()));
        javafx.geometry.Bounds shown = fx.onFx(() -> error.localToScene(error.getLayoutBounds()));
        javafx.geometry.Bounds field = fx.onFx(() -> fx.node(root, "#tierName6").localToScene(
                fx.node(root, "#tierName6").getLayoutBounds()));
        assertTrue(field.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY(),
                "row and message in sight: " + field + " " + shown + " in " + view);
    }

    /** Space on the focused button, as the keyboard does it; returns the id of the node with the focus then. */
    private String pressFocusedButton() {
        return fx.onFx(() -> {
            ((Button) fx.stage().getScene().getFocusOwner()).fire();
            return fx.stage().getScene().getFocusOwner().getId();
        });
    }

    @Test
    void ctrlSSavesTheSettingsAndTheSaveButtonSaysSo() {
        Parent root = showSettings();
        Button save = fx.node(root, "#saveButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !save.isDisabled()));
        assertEquals("Save the settings (Ctrl+S, or Enter in a field)", save.getTooltip().getText());
        fx.replaceText(root, "#pointsPerEuroField", "2");

        push(KeyCode.SHORTCUT, KeyCode.S);

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        assertEquals(0, new BigDecimal("2").compareTo(fx.app().loyalty().rules().pointsPerEuro()));
    }

    @Test
    void theSaveButtonKeepsTheFocusThroughTheSave() {
        Parent root = showSettings();
        Button save = fx.node(root, "#saveButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !save.isDisabled()));
        fx.replaceText(root, "#pointsPerEuroField", "2");
        CountDownLatch hold = holdTheWorker();
        try {
            // Pressed by keyboard (a click leaves the mouse over the window for the next test's tooltips).
            fx.onFx(save::requestFocus);
            type(KeyCode.SPACE);
            // While "Save" is disabled JavaFX passes the focus on; after the save it was left in the sidebar.
            fx.waitUntil("the disabled button has lost the focus", () -> fx.onFx(() -> !save.isFocused()));
        } finally {
            hold.countDown();
        }

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        fx.awaitIdle();
        assertEquals("saveButton", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()));
    }

    @Test
    void theSaveButtonReadsWholeBesideTheNoteInTheSmallestWindow() {
        fx.onFx(() -> fx.stage().setWidth(900));
        Parent root = showSettings();
        Button save = fx.node(root, "#saveButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !save.isDisabled()));
        fx.replaceText(root, "#pointsPerEuroField", "2");

        push(KeyCode.SHORTCUT, KeyCode.S);

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        fx.awaitIdle();
        // It read "…" beside "Saved. Changes apply from now on; points already earned keep their value and expiry."
        String shown = fx.onFx(() -> {
            root.applyCss();
            root.layout();
            return ((javafx.scene.text.Text) save.lookup(".text")).getText();
        });
        assertEquals("Save", shown);
    }

    @Test
    void enterInATiersFieldSavesAndTheCaretStaysThere() {
        Parent root = showSettings();
        Button save = fx.node(root, "#saveButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !save.isDisabled()));
        fx.onFx(() -> ((Button) fx.node(root, "#addTierButton")).fire());
        fx.replaceText(root, "#tierName1", "Gold");
        fx.replaceText(root, "#tierMinSpend1", "500");
        fx.onFx(() -> fx.node(root, "#tierMultiplier1").requestFocus());
        CountDownLatch hold = holdTheWorker();
        try {
            type(KeyCode.ENTER);
            fx.waitUntil("the save is under way", () -> fx.onFx(save::isDisabled));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            hold.countDown();
        }

        Label message = fx.node(root, "#messageLabel");
        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        fx.awaitIdle();
        assertEquals("tierMultiplier1", fx.onFx(() -> fx.stage().getScene().getFocusOwner().getId()));
    }

    /** The one worker waits until the latch is counted down: work submitted meanwhile stays under way. */
    private CountDownLatch holdTheWorker() {
        CountDownLatch hold = new CountDownLatch(1);
        fx.onFx(() -> {
            fx.runner().submit("hold", p -> hold.await(1, TimeUnit.MINUTES), done -> { }, error -> { });
        });
        return hold;
    }

    @Test
    void enterInAFieldSavesTheSettingsButNotWhileAnEntryIsWrong() {
        Parent root = showSettings();
        Button save = fx.node(root, "#saveButton");
        fx.waitUntil("the rules are loaded", () -> fx.onFx(() -> !save.isDisabled()));
        fx.replaceText(root, "#expiryField", "200");
        fx.onFx(() -> fx.node(root, "#expiryField").requestFocus());

        type(KeyCode.ENTER);
        push(KeyCode.SHORTCUT, KeyCode.S);

        fx.awaitIdle();
        Label message = fx.node(root, "#messageLabel");
        assertEquals("Your changes are not saved yet. Save applies them once this is right: Please enter a whole "
                + "number of months from 0 to 120 (0 = never).", fx.onFx(message::getText), "not saved, and why");
        assertEquals(0, fx.app().loyalty().rules().expiryMonths(), "nothing saved");
        fx.replaceText(root, "#expiryField", "24");
        fx.onFx(() -> fx.node(root, "#expiryField").requestFocus());

        type(KeyCode.ENTER);

        fx.waitUntil("the settings are saved", () -> fx.onFx(() -> message.getText().startsWith("Saved.")));
        assertEquals(24, fx.app().loyalty().rules().expiryMonths());
    }
}
