package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.common.ScriptedDialogs.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The first start of an empty database: the owner picks demo data and is told it is there. */
class FirstStartFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void choosingDemoDataFillsTheListAndSaysWhereToStart() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs().answerChoice(0);
        fx = FxAppFixture.builder().locale(Locale.GERMAN).dialogs(dialogs).start();

        fx.waitUntil("the demo data is announced", () -> !dialogs.shown(Kind.INFO).isEmpty());

        assertEquals(StartupWork.DEMO_CUSTOMERS, fx.app().customers().index().size());
        assertEquals(List.of(Kind.CHOOSE_ACTION, Kind.INFO), dialogs.shown().stream().map(ScriptedDialogs.Shown::kind)
                .toList());
        assertEquals(fx.text("demo.ready.message", StartupWork.DEMO_CUSTOMERS), dialogs.shown(Kind.INFO).get(0)
                .message());
        fx.assertNoProblems();
    }

    @Test
    void startingEmptyCreatesNothingAndSaysNothingMore() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs().answerChoice(2);
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).dialogs(dialogs).start();

        fx.waitUntil("the offer was answered", () -> !dialogs.shown(Kind.CHOOSE_ACTION).isEmpty());
        fx.awaitIdle();

        assertEquals(0, fx.app().customers().index().size());
        assertEquals(List.of(Kind.CHOOSE_ACTION), dialogs.shown().stream().map(ScriptedDialogs.Shown::kind).toList());
    }

    @Test
    void escOrEnterOnTheOfferStartsEmptyNotWithDemoCustomersInTheShopsData() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs(); // not answered: the safe action, as Esc and Enter give
        fx = FxAppFixture.builder().locale(Locale.GERMAN).dialogs(dialogs).start();

        fx.waitUntil("the offer was shown", () -> !dialogs.shown(Kind.CHOOSE_ACTION).isEmpty());
        fx.awaitIdle();

        assertEquals(fx.text("demo.offer.empty"), dialogs.shown(Kind.CHOOSE_ACTION).get(0).answer());
        assertEquals(0, fx.app().customers().index().size());
    }
}
