package de.stammkunde.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The card dialog in the real window: issue a first card, then replace it as lost. */
class CardDialogFxTest extends FxRobot {

    private FxAppFixture fx;
    private Customer anna;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).startupWork(false).start();
        anna = fx.seeded().get(0);
        fx.onFx(() -> fx.ui().cards().onAnyChange(id -> changes.incrementAndGet()));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Parent openDialog() {
        fx.onFx(() -> fx.ui().cards().open(anna.id(), anna.displayName()));
        Parent root = fx.awaitWindow(fx.text("cards.title", anna.displayName())).getScene().getRoot();
        fx.awaitIdle();
        return root;
    }

    private String shownNumber(Parent root) {
        return fx.onFx(() -> ((Label) fx.node(root, "#numberLabel")).getText());
    }

    @Test
    void issuingTheFirstCardShowsItsNumberAndBarcode() {
        Parent root = openDialog();
        Button issue = fx.node(root, "#issueButton");
        assertTrue(fx.onFx(issue::isVisible));

        clickOn(issue);
        fx.awaitIdle();

        Card card = fx.app().cards().activeCard(anna.id()).orElseThrow();
        assertEquals(CardNumbers.printed(card.number()), shownNumber(root));
        assertNotNull(fx.onFx(() -> ((ImageView) fx.node(root, "#cardImage")).getImage()));
        assertFalse(fx.onFx(issue::isVisible));
        assertEquals(1, changes.get());
        assertEquals(List.of(), fx.missingTexts(root));
        fx.assertNoProblems();
    }

    @Test
    void cardLostBlocksTheOldCardAndShowsTheNewNumber() {
        Card old = fx.app().cards().issue(anna.id());
        Parent root = openDialog();
        assertEquals(CardNumbers.printed(old.number()), shownNumber(root));
        fx.dialogs().answerChoiceContaining("Lost").answerConfirm(true);

        clickOn((Button) fx.node(root, "#lostButton"));
        fx.awaitIdle();

        Card now = fx.app().cards().activeCard(anna.id()).orElseThrow();
        assertNotEquals(old.number(), now.number());
        assertEquals(CardNumbers.printed(now.number()), shownNumber(root));
        String message = fx.onFx(() -> ((Label) fx.node(root, "#messageLabel")).getText());
        assertTrue(message.contains("The points stay with the customer"), message);
        TableView<?> history = fx.node(root, "#historyTable");
        assertEquals(1, fx.onFx(() -> history.getItems().size()));
        assertEquals(now.number(), fx.app().cards().lookup(old.number()).orElseThrow().replacementNumber());
        assertEquals(1, fx.dialogs().shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).size(),
                "blocking asks with Cancel as the default: Enter by habit blocks nothing");
        fx.assertNoProblems();
    }

    @Test
    void theMessageAfterCardLostIsShownWholeNotCutOff() {
        // "Karte … ist gesperrt. Die neue Karte ist …. Die Punkt…": the label kept one line.
        fx.app().cards().issue(anna.id());
        Parent root = openDialog();
        fx.dialogs().answerChoiceContaining("Lost").answerConfirm(true);

        clickOn((Button) fx.node(root, "#lostButton"));
        fx.awaitIdle();

        Label label = fx.node(root, "#messageLabel");
        String shown = fx.onFx(() -> ((javafx.scene.text.Text) label.lookup(".text")).getText());
        assertEquals(fx.onFx(label::getText), shown);
    }

    private javafx.scene.Node focusOwner(Parent root) {
        return fx.onFx(() -> root.getScene().getFocusOwner());
    }

    @Test
    void withACardTheFocusStartsOnPrintAndTabGoesAlongTheRow() {
        // It opened on "Card lost…": the likely command is printing the card, and a Space by habit asked to block it.
        fx.app().cards().issue(anna.id());
        Parent root = openDialog();

        fx.waitUntil("'Print…' has the focus", () -> focusOwner(root) == fx.node(root, "#printButton"));
        type(KeyCode.TAB);
        fx.waitUntil("Tab goes on to 'Save as PDF…'", () -> focusOwner(root) == fx.node(root, "#pdfButton"));
        type(KeyCode.TAB, KeyCode.TAB);
        fx.waitUntil("after the row, without earlier cards, comes 'Close'",
                () -> focusOwner(root) == fx.node(root, "#closeButton"));
        press(KeyCode.SHIFT).type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB).release(KeyCode.SHIFT);
        fx.waitUntil("'Card lost…' is before 'Print…'", () -> focusOwner(root) == fx.node(root, "#lostButton"));
    }

    @Test
    void printAndSaveAsPdfNameTheirKeys() {
        // Ctrl+P and Ctrl+S worked, but the dialog said so nowhere: only the README did.
        fx.app().cards().issue(anna.id());
        Parent root = openDialog();

        assertEquals("Print the card at its real size (Ctrl+P)",
                fx.onFx(() -> ((Button) fx.node(root, "#printButton")).getTooltip().getText()));
        assertEquals("Save the card as a PDF (Ctrl+S)",
                fx.onFx(() -> ((Button) fx.node(root, "#pdfButton")).getTooltip().getText()));
    }

    @Test
    void withoutACardTheFocusStartsOnIssueAndGoesToPrintOnceIssued() {
        Parent root = openDialog();
        fx.waitUntil("'Issue card' has the focus", () -> focusOwner(root) == fx.node(root, "#issueButton"));

        type(KeyCode.SPACE);

        fx.waitUntil("the card is issued and 'Print…' has the focus",
                () -> focusOwner(root) == fx.node(root, "#printButton"));
        assertTrue(fx.app().cards().activeCard(anna.id()).isPresent());
    }

    @Test
    void afterSavingThePdfTheFocusIsBackOnSaveAsPdfNotOnClose(@TempDir Path folder) {
        // Saving disabled the buttons, the focus went on to "Close"; Tab and Space then asked "Card lost?".
        fx.app().cards().issue(anna.id());
        Parent root = openDialog();
        fx.waitUntil("'Print…' has the focus", () -> focusOwner(root) == fx.node(root, "#printButton"));
        fx.dialogs().answerFileToSave(folder.resolve("card.pdf"));

        type(KeyCode.TAB);
        type(KeyCode.SPACE);
        fx.awaitIdle();

        assertTrue(Files.exists(folder.resolve("card.pdf")));
        fx.waitUntil("'Save as PDF…' has the focus again", () -> focusOwner(root) == fx.node(root, "#pdfButton"));
        type(KeyCode.TAB);
        fx.waitUntil("Tab goes on to 'Save as PNG…'", () -> focusOwner(root) == fx.node(root, "#pngButton"));
    }

    @Test
    void escapeClosesTheDialog() {
        openDialog();

        type(KeyCode.ESCAPE);

        fx.awaitNoOtherWindow();
    }

    @Test
    void theNoteOfACustomerWithoutCardKeepsClearOfThePreviewsFrame() {
        // "Noch keine Karte. …" ran from the frame's left edge to its right one, touching both
        Parent root = openDialog();
        Label note = fx.node(root, "#noCardLabel");
        javafx.scene.Node frame = note.getParent();

        javafx.geometry.Bounds text = fx.onFx(() -> frame.sceneToLocal(
                note.lookup(".text").localToScene(note.lookup(".text").getBoundsInLocal())));
        javafx.geometry.Bounds inside = fx.onFx(frame::getLayoutBounds);

        assertTrue(text.getMinX() - inside.getMinX() >= 12, "left: " + text + " in " + inside);
        assertTrue(inside.getMaxX() - text.getMaxX() >= 12, "right: " + text + " in " + inside);
    }
}
