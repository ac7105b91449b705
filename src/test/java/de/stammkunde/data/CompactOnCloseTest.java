package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a bulk command the file is compacted on close, quietly. */
class CompactOnCloseTest {

    @TempDir
    Path dir;

    @Test
    void aCompactingCloseGivesTheSpaceBackAndLeavesNoErrorsInH2sTraceFile() throws Exception {
        // Before, every import or demo data from the command line added "Database is already closed" with its
        // stack trace to stammkunde.trace.db: the pool's clean-up after the shutdown.
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        Path trace = dir.resolve(Database.FILE_NAME + ".trace.db");
        try (Database db = Database.openH2(dir)) {
            db.migrate();
        }
        Files.deleteIfExists(trace);
        long filled;
        try (Database db = Database.openH2(dir)) {
            db.migrate();
            db.jdbi().useHandle(h -> h.execute(
                    "CREATE TABLE filler AS SELECT X, REPEAT('Müller', 200) AS T FROM SYSTEM_RANGE(1, 3000)"));
            db.jdbi().useHandle(h -> h.execute("DROP TABLE filler"));
            filled = Files.size(file);
            db.compactOnClose();
        }

        assertTrue(Files.size(file) < filled, Files.size(file) + " bytes after, " + filled + " before");
        assertEquals("", Files.exists(trace) ? Files.readString(trace) : "");
    }
}
