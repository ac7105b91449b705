package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.stage.WindowHelper;
import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.common.ScriptedDialogs.Kind;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Two customers who are one person, merged from the list: chosen by keyboard, asked twice, merged once. */
class CustomerMergeFxTest extends FxRobot {

    private FxAppFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(
                CustomerDetails.builder().firstName("Petra").lastName("Adler").email("petra@example.de").build(),
                CustomerDetails.builder().firstName("Petra").lastName("Adler").phone("0171 2345678")
                        .tags(List.of("Bio")).build())
                .start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TableView<CustomerListRow> table() {
        return fx.node(fx.mainRoot(), "#table");
    }

    /** Shows the list, moves into it with the arrow key and selects both rows with Shift+Down. */
    private Button selectBoth() {
        fx.showCustomers();
        Label count = fx.node(fx.mainRoot(), "#countLabel");
        fx.waitUntil("both customers are listed", () -> fx.text("customers.count", 2).equals(count.getText()));
        Button merge = fx.node(fx.mainRoot(), "#mergeButton");
        assertTrue(merge.isDisabled(), "merging needs two customers selected");
        type(KeyCode.DOWN);
        fx.waitUntil("the first row is selected", () -> table().getSelectionModel().getSelectedIndex() == 0);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        fx.waitUntil("both rows are selected", () -> table().getSelectionModel().getSelectedItems().size() == 2);
        assertFalse(merge.isDisabled());
        return merge;
    }

    @Test
    void mergingAsksWhichStaysThenConfirmsWithCancelAsTheDefault() {
        Button merge = selectBoth();
        Customer first = fx.seeded().get(0);
        Customer second = fx.seeded().get(1);
        fx.dialogs().answerChoiceContaining(first.number()).answerConfirm(true);

        fx.onFx(merge::fire);

        fx.waitUntil("the merge is reported", () -> !fx.dialogs().shown(Kind.INFO).isEmpty());
        assertEquals(List.of(Kind.CHOOSE, Kind.CONFIRM_IRREVERSIBLE, Kind.INFO),
                fx.dialogs().shown().stream().map(ScriptedDialogs.Shown::kind).toList());
        Customer kept = fx.app().customers().find(first.id()).orElseThrow();
        Customer merged = fx.app().customers().find(second.id()).orElseThrow();
        assertEquals("0171 2345678", kept.details().phone(), "the empty field is filled from the other");
        assertEquals(List.of("Bio"), kept.details().tags());
        assertTrue(merged.archived());
        assertEquals(first.id(), merged.mergedIntoId());
        fx.waitUntil("the list shows only the one who stays",
                () -> table().getItems().stream().map(CustomerListRow::id).toList().equals(List.of(first.id())));

        // The question said the other "will be archived"; it is in no list afterwards, archived ones included.
        String other = "Adler, Petra (" + second.number() + ")";
        assertEquals(other + " will be merged into Adler, Petra (" + first.number() + "): empty fields are filled, "
                + "interests, consents and notes are kept, and purchases, points, cards and coupons move over. "
                + other + " then no longer appears in any list, not among the archived either; its customer number "
                + "leads to Adler, Petra (" + first.number() + "). Continue?",
                fx.dialogs().shown(Kind.CONFIRM_IRREVERSIBLE).get(0).message());
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");
        fx.onFx(() -> archive.setValue(ArchiveFilter.ARCHIVED_ONLY));
        Label count = fx.node(fx.mainRoot(), "#countLabel");
        fx.waitUntil("the archive is listed", () -> fx.text("customers.count", 0).equals(count.getText()));
        fx.assertNoProblems();
    }

    @Test
    void afterMergingThroughRealDialogsTheFocusIsBackInTheListNotOnImport() {
        Button merge = selectBoth();
        fx.onFx(merge::requestFocus);
        fx.waitUntil("Merge has the focus", merge::isFocused);
        fx.dialogs().answerChoice(0).answerConfirm(true);
        // The real dialogs hold the window's focus while the list is loaded again after the merge: the
        // button is its scene's focus owner then, but not isFocused(). (Headless, no other window takes it.)
        fx.onFx(() -> WindowHelper.setFocused(fx.stage(), false));
        fx.waitUntil("Merge is no longer isFocused()", () -> !merge.isFocused());

        fx.onFx(merge::fire);

        fx.waitUntil("the merge is reported", () -> !fx.dialogs().shown(Kind.INFO).isEmpty());
        fx.waitUntil("the list shows the one who stays", () -> table().getItems().size() == 1);
        fx.awaitIdle();
        fx.onFx(() -> WindowHelper.setFocused(fx.stage(), true));
        fx.awaitIdle();

        Node owner = fx.onFx(() -> fx.stage().getScene().getFocusOwner());
        assertEquals(table(), owner, "the focus is in the list, where the merged customers were");
        fx.assertNoProblems();
    }

    @Test
    void cancellingTheQuestionMergesNothing() {
        Button merge = selectBoth();
        fx.dialogs().answerChoice(1).answerConfirm(false);

        fx.onFx(merge::fire);

        fx.waitUntil("the question was asked", () -> !fx.dialogs().shown(Kind.CONFIRM_IRREVERSIBLE).isEmpty());
        fx.awaitIdle();
        for (Customer c : fx.seeded()) {
            Customer now = fx.app().customers().find(c.id()).orElseThrow();
            assertFalse(now.archived(), c.number() + " is not archived");
            assertEquals(null, now.mergedIntoId());
        }
        assertTrue(fx.dialogs().shown(Kind.INFO).isEmpty());
        fx.assertNoProblems();
    }

    @Test
    void notesTooLongTogetherAreExplainedAndNothingIsMerged() {
        for (Customer c : fx.seeded()) {
            fx.app().customers().update(c, c.details().toBuilder().notes(c.number() + ": " + "Torten. ".repeat(300))
                    .build());
        }
        Button merge = selectBoth();
        Customer first = fx.seeded().get(0);
        Customer second = fx.seeded().get(1);
        fx.dialogs().answerChoiceContaining(first.number()).answerConfirm(true);

        fx.onFx(merge::fire);

        fx.waitUntil("the refusal is shown", () -> !fx.dialogs().shown(Kind.ERROR).isEmpty());
        assertEquals("Adler, Petra (" + second.number() + ") and Adler, Petra (" + first.number() + ") together "
                + "have more notes than one customer can hold (at most 4,000 characters). Please shorten the notes "
                + "of one of them first, then merge them. Nothing was changed.",
                fx.dialogs().shown(Kind.ERROR).get(0).message());
        assertEquals(null, fx.app().customers().find(second.id()).orElseThrow().mergedIntoId());
        assertTrue(fx.dialogs().shown(Kind.INFO).isEmpty());
    }
}
