package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs.Kind;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The owner in the office gives a customer a card from their form or the list (F7), with the counter's
 * card dialog; what is typed in the form is neither lost nor saved behind their back.
 */
class CustomerCardFxTest extends FxRobot {

    private FxAppFixture fx;
    private Customer anna;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        anna = fx.seeded().get(0);
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Anna, the only customer, chosen with Down and opened with F2. */
    private Stage openAnnasForm() {
        type(KeyCode.DOWN);
        type(KeyCode.F2);
        return fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()));
    }

    private Stage awaitCardDialog(String displayName) {
        Stage dialog = fx.awaitWindow(fx.text("cards.title", displayName));
        fx.waitUntil("the card dialog has loaded", () -> fx.onFx(() -> !fx.<Button>node(dialog.getScene().getRoot(),
                "#issueButton").isDisabled()));
        return dialog;
    }

    /** Waits until the dialog shows the card just issued; its number as shown. */
    private String awaitIssued(Stage dialog) {
        Label number = fx.node(dialog.getScene().getRoot(), "#numberLabel");
        fx.waitUntil("the card is issued", () -> !number.getText().isEmpty());
        return fx.onFx(number::getText);
    }

    @Test
    void f7InHerFormOpensTheCountersCardDialogOverTheFormAndIssuesHerCard() {
        Stage form = openAnnasForm();
        Parent root = form.getScene().getRoot();
        assertTrue(fx.onFx(() -> fx.<Button>node(root, "#cardButton").isVisible()));

        type(KeyCode.F7);
        Stage dialog = awaitCardDialog(anna.displayName());
        assertEquals(form, fx.onFx(dialog::getOwner), "over the form, which waits until it is closed");
        type(KeyCode.ENTER); // "Karte ausgeben" has the focus

        String shown = awaitIssued(dialog);
        Card card = fx.app().cards().activeCard(anna.id()).orElseThrow();
        assertEquals(CardNumbers.printed(card.number()), shown);
        assertEquals(List.of(), fx.missingTexts(root));
        type(KeyCode.ESCAPE);
        fx.waitUntil("the dialog is closed", () -> !fx.onFx(dialog::isShowing));
        assertTrue(fx.onFx(form::isShowing), "the form stays open");
        fx.assertNoProblems();
    }

    @Test
    void whatIsTypedInTheFormStaysThereUnsavedWhileTheCardDialogIsOpen() {
        Stage form = openAnnasForm();
        Parent root = form.getScene().getRoot();
        fx.replaceText(root, "#cityField", "Hamburg");

        type(KeyCode.F7);
        Stage dialog = awaitCardDialog(anna.displayName());
        type(KeyCode.ESCAPE);
        fx.waitUntil("the dialog is closed", () -> !fx.onFx(dialog::isShowing));

        assertEquals("Hamburg", fx.onFx(() -> fx.<TextField>node(root, "#cityField").getText()));
        assertEquals(anna.details().city(), fx.app().customers().find(anna.id()).orElseThrow().details().city(),
                "nothing saved");
        assertTrue(fx.dialogs().shown().isEmpty(), "a city is not on the card: nothing to ask");
    }

    @Test
    void aNameChangedButNotSavedIsAskedAboutAndSavedFirstWhenTheOwnerSaysSo() {
        Stage form = openAnnasForm();
        fx.replaceText(form.getScene().getRoot(), "#lastNameField", "Meier");
        fx.dialogs().answerChoiceContaining(fx.text("customer.form.card.saveFirst"));

        type(KeyCode.F7);

        // the card would have borne "Anna Müller", the name just corrected in the form
        assertEquals(fx.text("customer.form.card.nameEdited", "Anna Meier", "Anna Müller"),
                fx.dialogs().last(Kind.CHOOSE_ACTION).orElseThrow().message());
        awaitCardDialog("Meier, Anna");
        assertEquals("Meier", fx.app().customers().find(anna.id()).orElseThrow().details().lastName());
        assertFalse(fx.onFx(form::isShowing), "saved, the form closed as on Save");
    }

    @Test
    void aNameChangedButNotSavedStaysUnsavedAndNoCardOpensWhenTheOwnerCancels() {
        Stage form = openAnnasForm();
        fx.replaceText(form.getScene().getRoot(), "#lastNameField", "Meier");

        type(KeyCode.F7); // unanswered: the safe action, Cancel
        fx.waitUntil("the question was asked", () -> fx.dialogs().last(Kind.CHOOSE_ACTION).isPresent());
        fx.awaitIdle();

        assertEquals(List.of(form), fx.otherWindows());
        assertEquals("Müller", fx.app().customers().find(anna.id()).orElseThrow().details().lastName());
        assertEquals("Meier", fx.onFx(() -> fx.<TextField>node(form.getScene().getRoot(), "#lastNameField")
                .getText()));
    }

    @Test
    void aNewCustomerHasNoCardYetAndF7DoesNothing() {
        push(KeyCode.SHORTCUT, KeyCode.N);
        Stage form = fx.awaitWindow(fx.text("customer.form.newTitle"));

        assertFalse(fx.onFx(() -> fx.<Button>node(form.getScene().getRoot(), "#cardButton").isVisible()));
        type(KeyCode.F7);
        fx.awaitIdle();
        assertEquals(List.of(form), fx.otherWindows());
    }

    @Test
    void f7InTheListOpensTheSelectedCustomersCard() {
        type(KeyCode.DOWN);
        type(KeyCode.F7);

        awaitCardDialog(anna.displayName());
    }

    @Test
    void theCounterShowingHerShowsTheCardIssuedFromHerForm() {
        fx.showCounter();
        fx.write(anna.number());
        type(KeyCode.ENTER);
        fx.waitUntil("she is open", () -> fx.isFocused(fx.mainRoot(), "#amountField"));
        Label cardLabel = fx.node(fx.mainRoot(), "#cardLabel");
        String before = fx.onFx(cardLabel::getText);
        type(KeyCode.F2); // her form, from the counter
        Stage form = fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()));

        clickOn(fx.<Button>node(form.getScene().getRoot(), "#cardButton"));
        Stage dialog = awaitCardDialog(anna.displayName());
        type(KeyCode.ENTER);
        awaitIssued(dialog);
        String number = CardNumbers.printed(fx.app().cards().activeCard(anna.id()).orElseThrow().number())
                .replace(' ', '\u00a0'); // the panel keeps the number on one line
        fx.waitUntil("the counter's panel shows the card", () -> fx.onFx(cardLabel::getText).contains(number));
        assertFalse(before.contains(number));
        assertTrue(fx.onFx(dialog::isShowing));
    }

    @Test
    void aCustomerErasedAtAnotherTillWhileHerFormWasOpenGetsNoCard() {
        Stage form = openAnnasForm();
        fx.app().customers().erase(fx.app().customers().find(anna.id()).orElseThrow(), "auf Wunsch");

        clickOn(fx.<Button>node(form.getScene().getRoot(), "#cardButton"));
        Stage dialog = awaitCardDialog(anna.displayName());
        type(KeyCode.ENTER);

        Label message = fx.node(dialog.getScene().getRoot(), "#messageLabel");
        fx.waitUntil("the refusal is told", () -> fx.text("cards.holderErased").equals(fx.onFx(message::getText)));
        assertTrue(fx.app().cards().cards(anna.id()).stream().allMatch(Card::isBlocked));
        assertTrue(fx.dialogs().errors().isEmpty(), "said in the dialog, no database error");
    }
}
