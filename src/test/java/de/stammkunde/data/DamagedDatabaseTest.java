package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database file cut short (a full disk, a copy to a USB stick that broke off) or overwritten in
 * part is refused as damaged: it was opened as a new, empty database (0 customers and the offer of
 * demo data), its remains overwritten by a new schema, or the start failed with Flyway's
 * "Failed to execute script V1__customers.sql".
 */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    /** As the command line leaves it after an import: compacted. */
    private Path shopWithData() {
        return shop(true);
    }

    /** A shop's file with 20 tags, with or without a table of some 3 MB beside them. */
    private Path shop(boolean large) {
        try (Database db = Database.openH2(dir)) {
            db.migrate();
            db.compactOnClose();
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < 20; i++) {
                    // as many commits as a day at the counter: many chunks in the file
                    h.execute("INSERT INTO tag (name, name_key) VALUES (?, ?)", "Tag " + i,
                            "tag" + i);
                }
                if (large) {
                    h.execute("CREATE TABLE filler AS SELECT X, REPEAT('Müller', 200) AS T FROM SYSTEM_RANGE(1, 3000)");
                }
            });
        }
        return dir.resolve(Database.FILE_NAME + ".mv.db");
    }

    private static void truncate(Path file, double share) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((long) (raf.length() * share));
        }
    }

    /** Set aside as H2 left it; the damaged file itself is not used again. */
    private static void assertKept(DamagedDatabaseException damaged) {
        assertNotEquals(damaged.file(), damaged.keptAs());
        assertTrue(Files.isRegularFile(damaged.keptAs()), damaged.keptAs().toString());
        assertFalse(Files.exists(damaged.file()));
    }

    private static int tags(Database db) {
        db.migrate();
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tag").mapTo(Integer.class).one());
    }

    private static DamagedDatabaseException opening(Path dir) {
        return assertThrows(DamagedDatabaseException.class, () -> {
            try (Database db = Database.openH2(dir)) {
                db.migrate();
            }
        });
    }

    @Test
    void aNewDataFolderIsSetUpWithoutAnErrorInH2sTraceFile() throws Exception {
        // The look for Flyway's history in a new file made H2 write "Table not found" with a stack trace into
        // stammkunde.trace.db: an error file in a new shop's data folder before anything had gone wrong.
        try (Database db = Database.openH2(dir)) {
            db.migrate();
            assertEquals(0, tags(db));
        }

        Path trace = dir.resolve(Database.FILE_NAME + ".trace.db");
        assertEquals("", Files.exists(trace) ? Files.readString(trace) : "");
    }

    @Test
    void aFileCutToHalfIsRefusedNotStartedAfreshAsAnEmptyDatabase() throws Exception {
        Path file = shopWithData();
        truncate(file, 0.5);

        DamagedDatabaseException damaged = opening(dir);

        assertEquals(file, damaged.file());
        assertKept(damaged);
        try (Database db = Database.openH2(dir)) {
            assertEquals(0, tags(db), "the next start is a new database, told of");
        }
    }

    @Test
    void aSmallShopsFileCutShortIsRefusedNotTakenForNew() throws Exception {
        // At a limit of 64 KB, a small shop's cut file (24 KB whole) opened as a new, empty database.
        Path file = shop(false);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            assertTrue(raf.length() > 20 * 1024, "the shop's file: " + raf.length());
            raf.setLength(20 * 1024);
        }

        assertKept(opening(dir));
    }

    /** Refused, unless what was cut held nothing any more (H2 leaves unused space at the end now and then). */
    @Test
    void aFileMissingOnlyItsEndIsRefusedOrHadNothingThere() throws Exception {
        Path file = shopWithData();
        truncate(file, 0.99);

        try (Database db = Database.openH2(dir)) {
            assertEquals(20, tags(db), "opened: every tag is there");
            assertEquals(3000, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM filler")
                    .mapTo(Integer.class).one()));
        } catch (DamagedDatabaseException damaged) {
            assertKept(damaged);
        }
    }

    @Test
    void aFileWithItsHeaderOverwrittenIsRefused() throws Exception {
        Path file = shopWithData();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[8192]);
        }

        assertKept(opening(dir));
    }

    /** Fails every read of the table it is set on, with H2's error code {@link #code}. */
    public static final class ReadFails implements Trigger {
        static volatile int code;

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("reading failed", String.valueOf(code), code);
        }
    }

    /**
     * A history that cannot be read for another reason than a damaged file is no reason to move the
     * shop's file: it was set aside as damaged, and the next start was an empty shop.
     */
    @ParameterizedTest
    @ValueSource(ints = {90028, 90108, 50200}) // H2: an IO error (a network drive), out of memory, lock timeout
    void aHealthyFileWhoseHistoryCannotBeReadForAnotherReasonStaysWhereItIs(int code) throws Exception {
        Path file = shopWithData();
        try (Database db = Database.openH2(dir)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TRIGGER read_fails BEFORE SELECT ON \"flyway_schema_history\""
                    + " CALL \"" + ReadFails.class.getName() + "\""));
        }
        ReadFails.code = code;

        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            try (Database db = Database.openH2(dir)) {
                db.migrate();
            }
        });

        assertFalse(e instanceof DamagedDatabaseException, e.toString());
        assertTrue(Files.isRegularFile(file));
        try (Database db = Database.openH2(dir)) {
            db.jdbi().useHandle(h -> h.execute("DROP TRIGGER read_fails"));
            assertEquals(20, tags(db), "the shop's data, where it was");
        }
    }

    @Test
    void aNewDatabaseAndAnIntactOneStillOpen() throws Exception {
        shopWithData();
        try (Database db = Database.openH2(dir)) {
            assertEquals(20, tags(db));
        }
    }
}
