package de.stammkunde.app;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DatabaseClosedException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/** Failures as the runner hands them to the screens. */
class ExplainedFailuresTest {

    @Test
    void theDatabaseClosedByAFailedWriteIsToldAsSuchAndOtherFailuresStayAsTheyAre() {
        try (Database db = TestDatabases.h2();
                AppContext app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                        Clock.systemDefaultZone())) {
            RuntimeException closed = new UnableToExecuteStatementException(
                    new SQLException("Die Datenbank ist bereits geschlossen", "90098", 90098), null);
            assertTrue(app.explained(closed) instanceof DatabaseClosedException);

            RuntimeException timeout = new UnableToExecuteStatementException(
                    new SQLException("Timeout trying to lock table", "HYT00", 50200), null);
            assertSame(timeout, app.explained(timeout), "the drive of 'unused' is not full");
            IllegalStateException notDatabase = new IllegalStateException(new IOException("USB stick gone"));
            assertSame(notDatabase, app.explained(notDatabase));
        }
    }
}
