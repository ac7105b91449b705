package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk work lets H2 write in the background while it runs; afterwards every commit is written at once again. */
class BulkWritesTest {

    @TempDir
    Path dataDir;

    private static List<String> writeDelays(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .mapTo(String.class).list());
    }

    @Test
    void theAppsDatabaseWritesEachCommitAtOnceExceptWhileBulkWorkRuns() {
        try (Database db = Database.openH2(dataDir)) {
            assertEquals(List.of("0"), writeDelays(db).stream().distinct().toList(), "each commit written at once");

            try (BulkWrites bulk = BulkWrites.open(db.jdbi())) {
                assertTrue(writeDelays(db).contains(String.valueOf(BulkWrites.BULK_DELAY_MS)), "in the background");
            }

            assertEquals(List.of("0"), writeDelays(db).stream().distinct().toList(), "and again afterwards");
        }
    }

    @Test
    void bulkWorkIsMarkedBesideTheFileWhileItRuns() {
        Path mark = Database.bulkWorkMark(dataDir.resolve(Database.FILE_NAME + ".mv.db"));
        try (Database db = Database.openH2(dataDir)) {
            try (BulkWrites bulk = BulkWrites.open(db.jdbi())) {
                assertTrue(Files.exists(mark), "marked");
            }
            assertFalse(Files.exists(mark), "mark gone once done");
        }
    }

    @Test
    void theFileABrokenOffBulkWorkLeftLargeIsCompactedAtTheNextStartWithTheDataKept() throws Exception {
        // After 100,000 demo customers killed before their commit, H2 undid them at the next start, and the
        // file of a shop without customers stayed at 1 GB: the app compacts only after a command-line command.
        Path file = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        try (Database db = Database.openH2(dataDir)) {
            db.migrate();
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE kept AS SELECT X FROM SYSTEM_RANGE(1, 3)"));
        }
        // what the killed bulk work left: the pages of its rows, no longer used (closed without compacting)
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath() + ";MAX_COMPACT_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler AS SELECT X, REPEAT('Müller', 200) AS T FROM SYSTEM_RANGE(1, 5000)");
            s.execute("DROP TABLE filler");
        }
        Path mark = Database.bulkWorkMark(file);
        Files.writeString(mark, "left by a killed import");
        long left = Files.size(file);

        try (Database db = Database.openH2(dataDir)) {
            assertTrue(Files.size(file) < left / 2, Files.size(file) + " bytes open, " + left + " left");
            assertFalse(Files.exists(mark), "mark gone");
            db.migrate();
            assertEquals(3, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kept")
                    .mapTo(Integer.class).one()));
        }
    }

    @Test
    void onPostgreSqlItChangesNothing() {
        Database pg = TestDatabases.postgresOrNull();
        if (pg == null) {
            return; // no PostgreSQL configured (CI has one)
        }
        try (pg; BulkWrites bulk = BulkWrites.open(pg.jdbi())) {
            assertEquals(1, (int) pg.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()));
        }
    }
}
