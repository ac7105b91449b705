package de.stammkunde.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that failed on a full drive is told as such, whatever the system and H2 call it. */
class DiskSpaceTest {

    /** What H2 threw for an import into a full data folder, the system's words deep inside. */
    private static RuntimeException h2WriteFailed() {
        IOException system = new IOException("Auf dem Datenträger ist nicht genügend Speicherplatz vorhanden");
        SQLException h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to "
                + "sun.nio.ch.FileChannelImpl@d221cc9 failed; length 1302528 at 671744\"", "HY000", 50000, system);
        return new IllegalStateException("org.jdbi.v3.core.statement.UnableToExecuteStatementException", h2);
    }

    @Test
    void aDatabaseWriteFailingWithLittleSpaceLeftRanOut() {
        assertTrue(DiskSpace.ranOut(h2WriteFailed(), 368 * 1024));
        assertTrue(DiskSpace.ranOut(new java.io.UncheckedIOException(new IOException("No space left on device")), 0));
    }

    @Test
    void withRoomEnoughOrAnotherKindOfFailureItDidNot() {
        assertFalse(DiskSpace.ranOut(h2WriteFailed(), 20L * 1024 * 1024 * 1024));
        assertFalse(DiskSpace.ranOut(h2WriteFailed(), -1), "free space unknown");
        assertFalse(DiskSpace.ranOut(new IllegalArgumentException("a bug"), 0));
    }

    @Test
    void aFolderNotMadeYetIsAskedOnItsDrive(@TempDir Path dir) {
        // a usual test machine has more than 64 MB free
        assertFalse(DiskSpace.ranOut(h2WriteFailed(), dir.resolve("not/made/yet")));
    }
}
