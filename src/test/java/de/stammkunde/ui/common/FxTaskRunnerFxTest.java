package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DiskFullException;
import de.stammkunde.service.loyalty.PointsRefusedException;
import de.stammkunde.ui.shell.FxAppFixture;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's runner tells what really became of cancelled work, not what was asked for. */
class FxTaskRunnerFxTest {

    private FxAppFixture fx;
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.ENGLISH).start();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private TaskRunner.Handle submit(TaskRunner.Work<String> work) {
        return fx.onFx(() -> fx.runner().submit("test", work, outcomes::add,
                error -> outcomes.add(error instanceof CancellationException ? "cancelled" : "failed")));
    }

    @Test
    void workAskedForAfterTheWorkerStoppedIsLeftOutWithoutAnError() {
        // A duplicate check the customer form put off until typing paused came after the window closed, and
        // threw RejectedExecutionException on the JavaFX thread.
        FxTaskRunner closed = new FxTaskRunner();
        closed.close();

        fx.onFx(() -> closed.submit("duplicates", p -> "found", outcomes::add, error -> outcomes.add("failed")));

        fx.awaitIdle();
        assertEquals(List.of(), outcomes, "neither done nor failed: not started");
        assertFalse(fx.onFx(() -> closed.busyProperty().get()), "nothing shows as running");
    }

    @Test
    void workPastItsLastCheckWhenCancelledReportsWhatItDidNotThatItWasCancelled() throws Exception {
        // All 46,483 coupons drawn, the 30 MB PDF being written out: Cancel said "Cancelled; no PDF was
        // saved" at once, and the complete file appeared a moment later.
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        TaskRunner.Handle handle = submit(p -> {
            p.checkCancelled();
            writing.countDown();
            assertTrue(written.await(1, TimeUnit.MINUTES));
            return "saved";
        });
        assertTrue(writing.await(1, TimeUnit.MINUTES));

        fx.onFx(handle::cancel);
        assertEquals(List.of(), outcomes, "nothing is said while the work still runs");

        written.countDown();
        fx.waitUntil("the work has ended", () -> !outcomes.isEmpty());
        assertEquals(List.of("saved"), outcomes);
        fx.assertNoProblems();
    }

    @Test
    void workThatSeesTheCancelAtItsNextCheckReportsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        TaskRunner.Handle handle = submit(p -> {
            started.countDown();
            assertTrue(cancelled.await(1, TimeUnit.MINUTES));
            p.checkCancelled();
            return "done anyway";
        });
        // queued behind the first: stopped before it began, it does not run at all
        boolean[] ran = new boolean[1];
        TaskRunner.Handle queued = submit(p -> {
            ran[0] = true;
            return "ran";
        });
        assertTrue(started.await(1, TimeUnit.MINUTES));

        fx.onFx(() -> {
            handle.cancel();
            queued.cancel();
        });
        cancelled.countDown();

        fx.waitUntil("both have ended", () -> outcomes.size() == 2);
        assertEquals(List.of("cancelled", "cancelled"), outcomes);
        assertFalse(ran[0]);
        fx.assertNoProblems();
    }

    @Test
    void aFailureIsLookedAtOnTheWorkerAndAFullDriveToldAsSuchButRefusalsAndCancelsPassAsTheyAre() throws Exception {
        // A sale on a full drive said "the database does not answer as expected, please try again".
        List<String> askedOn = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Path folder = Path.of("/daten");
        try (FxTaskRunner runner = new FxTaskRunner(error -> {
            askedOn.add(Thread.currentThread().getName());
            return error instanceof SQLException ? new DiskFullException(folder, error) : error;
        })) {
            fx.onFx(() -> {
                runner.submit("sale", p -> {
                    throw new SQLException("General error: MVStoreException: Writing to …FileChannelImpl failed");
                }, done -> { }, failures::add);
                runner.submit("points", p -> {
                    throw new PointsRefusedException(PointsRefusedException.Reason.INSUFFICIENT, 3);
                }, done -> { }, failures::add);
                runner.submit("stop", p -> {
                    throw new CancellationException();
                }, done -> { }, failures::add);
                return null;
            });
            fx.waitUntil("all three have failed", () -> failures.size() == 3);
        }

        assertTrue(failures.get(0) instanceof DiskFullException, failures.get(0).toString());
        assertEquals("Auf dem Laufwerk des Datenordners /daten ist kein Platz mehr frei.",
                ErrorTexts.database(failures.get(0), new Messages(Locale.GERMAN)).split(" Es wurde")[0]);
        assertTrue(failures.get(1) instanceof PointsRefusedException, "a refusal is the user's answer");
        assertTrue(failures.get(2) instanceof CancellationException);
        assertEquals(List.of("stammkunde-worker"), askedOn, "asked once, on the worker: the file system may be slow");
    }
}
