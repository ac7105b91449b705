package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
