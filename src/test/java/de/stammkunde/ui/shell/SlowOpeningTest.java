package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * After a process killed in the middle of 100,000 demo customers, H2 took some 30 s to undo them as it opened
 * the file, and no window showed all that time: the owner took it for an app that does not start.
 */
class SlowOpeningTest {

    @Test
    void anOpeningThatTakesLongShowsTheNoteBeforeWaitingOn() {
        CompletableFuture<String> opening = new CompletableFuture<>();
        AtomicInteger shown = new AtomicInteger();
        // the database opens only once the note is there: without the note, this waited for ever
        String opened = SlowOpening.await(opening, Duration.ZERO, () -> {
            shown.incrementAndGet();
            opening.complete("open");
        });
        assertEquals("open", opened);
        assertEquals(1, shown.get());
    }

    @Test
    void anOpeningInTimeShowsNoNote() {
        AtomicInteger shown = new AtomicInteger();
        assertEquals("open", SlowOpening.await(CompletableFuture.completedFuture("open"), SlowOpening.GRACE,
                shown::incrementAndGet));
        assertEquals(0, shown.get());
    }

    @Test
    void aFailedOpeningFailsAsBeforeWhetherSlowOrNot() {
        IllegalStateException inUse = new IllegalStateException("in use");
        CompletionException quick = assertThrows(CompletionException.class,
                () -> SlowOpening.await(CompletableFuture.failedFuture(inUse), SlowOpening.GRACE, () -> { }));
        assertSame(inUse, quick.getCause());
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletionException late = assertThrows(CompletionException.class,
                () -> SlowOpening.await(slow, Duration.ZERO, () -> slow.completeExceptionally(inUse)));
        assertSame(inUse, late.getCause());
    }

    @Test
    void theNoteSaysWhatIsGoingOnInBothLanguages() {
        String de = new Messages(Locale.GERMAN).get("startup.slow", "/daten");
        String en = new Messages(Locale.ENGLISH).get("startup.slow", "/daten");
        assertTrue(de.startsWith("Stammkunde öffnet die Daten in /daten"), de);
        assertTrue(de.contains("nicht noch einmal starten"), de);
        assertTrue(en.startsWith("Stammkunde is opening the data in /daten"), en);
    }
}
