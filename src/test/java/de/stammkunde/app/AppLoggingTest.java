package de.stammkunde.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLoggingTest {

    @Test
    void aLogFileThatCannotBeWrittenPutsNoStackTraceIntoTheOutput(@TempDir Path logs) throws Exception {
        FileHandler handler = AppLogging.fileHandler(logs);
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            // as the handler reports a write to a full drive
            handler.getErrorManager().error(null, new IOException("No space left on device"),
                    ErrorManager.WRITE_FAILURE);
        } finally {
            System.setErr(err);
            handler.close();
        }

        // It printed "java.util.logging.ErrorManager: 2" and "java.io.IOException: No space left on device" with
        // its stack trace above the command's own message.
        assertEquals("", said.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTerminalOfACommandGetsNeitherStackTracesNorFlywaysWords() {
        LogRecord flyway = new LogRecord(Level.SEVERE,
                "Migration of schema \"PUBLIC\" to version \"8\" failed! Please restore backups");
        flyway.setLoggerName("org.flywaydb.core.internal.command.DbMigrate");
        LogRecord ours = new LogRecord(Level.WARNING, "x");
        ours.setLoggerName("de.stammkunde.data.Database");
        LogRecord trace = new LogRecord(Level.WARNING, "y");
        trace.setThrown(new IllegalStateException());

        assertFalse(AppLogging.forTerminal(flyway));
        assertTrue(AppLogging.forTerminal(ours));
        assertFalse(AppLogging.forTerminal(trace));
    }

    @Test
    void aNoteOnTheTerminalIsOneLineWithoutDateOrClass() {
        // It was "Nov 24, 2026 2:01:39 PM de.stammkunde.data.Database dropBrokenOffSetUp" above the note.
        LogRecord note = new LogRecord(Level.WARNING, "The set-up of the new database {0} broke off; it starts again");
        note.setParameters(new Object[] {"/tmp/laden/stammkunde.mv.db"});
        note.setLoggerName("de.stammkunde.data.Database");

        assertEquals(Level.WARNING.getLocalizedName() + ": The set-up of the new database /tmp/laden/stammkunde.mv.db"
                + " broke off; it starts again" + System.lineSeparator(), AppLogging.TERMINAL.format(note));
    }

    @Test
    void theLibrariesStayQuietAfterAGarbageCollection() {
        assertEquals(3, AppLogging.quieted().size());
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        // Set on loggers nobody held, the levels went with the collection: Flyway's "Migrating schema …" and
        // PDFBox's "Using fallback font LiberationSans for base font Helvetica" stood in the shop's log.
        assertEquals(Level.WARNING, Logger.getLogger("org.flywaydb").getLevel());
        assertFalse(Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("com.zaxxer.hikari.pool.HikariPool").isLoggable(Level.INFO));
    }
}
