package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.stammkunde.data.migration.V3__Foreign_keys_share_indexes;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An update of the shop's H2 file finishes or leaves the file as it was. H2 commits each CREATE at once,
 * so an update that failed half way (a full drive) kept its first tables, and every later start failed
 * with Flyway's "Failed to execute script V2__purchases_cards_points_coupons.sql": the shop's data could
 * not be opened again.
 */
class DatabaseUpdateTest {

    @TempDir
    Path dir;

    /** Creates a table, then fails: as a migration that ran out of disk space half way. */
    public static final class V9__Fails_half_way extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws Exception {
            try (var statement = context.getConnection().createStatement()) {
                statement.execute("CREATE TABLE half_made (id INT)");
            }
            throw new java.sql.SQLException("No space left on device");
        }
    }

    /** This version's migrations and one after them that fails. */
    private static final Function<DataSource, Flyway> FAILING = ds -> Flyway.configure().dataSource(ds)
            .locations("classpath:db/migration")
            .javaMigrations(new V3__Foreign_keys_share_indexes(), new V9__Fails_half_way()).load();

    /** How many migrations a file at schema 7 gets: V8 and those after it. */
    private static final int SINCE_7 = Database.SCHEMA_VERSION - 7;

    /** A shop's file as an older Stammkunde (schema 7) left it, with 20 tags. */
    private void olderShop() {
        try (Database db = Database.openH2(dir)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration")
                    .javaMigrations(new V3__Foreign_keys_share_indexes()).target("7").load().migrate();
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < 20; i++) {
                    h.execute("INSERT INTO tag (name, name_key) VALUES (?, ?)", "Tag " + i, "tag" + i);
                }
            });
        }
    }

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static boolean hasTable(Database db, String name) {
        return count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + name + "'") > 0;
    }

    private Path copy() {
        return dir.resolve(Database.FILE_NAME + "-before-update.mv.db");
    }

    @Test
    void anUpdateThatFailsHalfWayLeavesTheShopsFileAsItWasAndTheNextStartUpdatesIt() {
        olderShop();

        UpdateFailedException failed = assertThrows(UpdateFailedException.class, () -> {
            try (Database db = Database.openH2(dir)) {
                db.migrate(FAILING);
            }
        });

        assertEquals(dir, failed.dataDirectory());
        assertFalse(Files.exists(copy()), "the copy is the file again");
        try (Database db = Database.openH2(dir)) {
            assertFalse(hasTable(db, "HALF_MADE"));
            assertFalse(hasTable(db, "POINTS_USE"), "schema 8's table went with the failed update");
            assertEquals(SINCE_7, db.migrate(), "the next start updates from 7 to the newest");
            assertEquals(20, count(db, "SELECT COUNT(*) FROM tag"));
        }
        assertFalse(Files.exists(copy()), "deleted once the update finished");
    }

    @Test
    void aNewDatabaseWhoseFirstSetUpFailedIsSetUpAtTheNextStart() {
        assertThrows(UpdateFailedException.class, () -> {
            try (Database db = Database.openH2(dir)) {
                db.migrate(FAILING);
            }
        });

        assertFalse(Files.exists(dir.resolve(Database.FILE_NAME + ".mv.db")), "no half-made file");
        try (Database db = Database.openH2(dir)) {
            assertEquals(Database.SCHEMA_VERSION, db.migrate());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer"));
        }
    }

    @Test
    void aNewDatabaseWhoseSetUpBrokeOffIsSetUpAgainNotRefusedAsDamaged() throws Exception {
        // what a set-up had made when the power went: the history and some tables, the mark beside them
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + dir.resolve(Database.FILE_NAME).toAbsolutePath(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE \"flyway_schema_history\" (x INT)");
            c.createStatement().execute("CREATE TABLE customer (id BIGINT)");
            c.createStatement().execute("CREATE TABLE tag (id BIGINT)");
        }
        Files.writeString(dir.resolve(Database.FILE_NAME + ".setting-up"), "");

        try (Database db = Database.openH2(dir)) {
            assertEquals(Database.SCHEMA_VERSION, db.migrate(), "set up from the start");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer"));
        }
        assertFalse(Files.exists(dir.resolve(Database.FILE_NAME + ".setting-up")));
    }

    @Test
    void aNewDatabaseIsSetUpInPlaceAndItsMarkIsGoneOnceDone() {
        try (Database db = Database.openH2(dir)) {
            assertEquals(Database.SCHEMA_VERSION, db.migrate());
            assertFalse(Files.exists(dir.resolve(Database.FILE_NAME + ".setting-up")));
            db.jdbi().useHandle(h -> h.execute("INSERT INTO tag (name, name_key) VALUES ('Neu', 'neu')"));
        }
        try (Database db = Database.openH2(dir)) {
            assertEquals(0, db.migrate());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM tag"), "the shop's data stays");
        }
    }

    @Test
    void anUpdateThatBrokeOffStartsAgainFromTheCopyMadeBeforeIt() throws Exception {
        olderShop();
        Files.copy(dir.resolve(Database.FILE_NAME + ".mv.db"), copy());
        try (Database db = Database.openH2(dir)) {
            // what the update had done when the power went: schema 8's table, not yet in the history
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE points_use (redeem_id BIGINT)"));
        }

        try (Database db = Database.openH2(dir)) {
            assertEquals(SINCE_7, db.migrate(), "without the copy, V8 failed on its table made already");
            assertEquals(20, count(db, "SELECT COUNT(*) FROM tag"));
        }
        assertFalse(Files.exists(copy()));
    }

    /**
     * What a power cut leaves of a copy whose pages were still in the operating system's cache: the
     * rename of the copy reached the disk, its content did not (an empty file on Linux, zeros on
     * Windows). Put over the shop's file, the next start was an empty shop ("0 customers") or a file
     * that could not be opened, and the shop's own file was gone.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 64 * 1024})
    void aCopyThePowerCutLeftEmptyOrZeroedIsNotPutOverTheShopsFile(int zeros) throws Exception {
        olderShop();
        Files.write(copy(), new byte[zeros]);

        try (Database db = Database.openH2(dir)) {
            assertEquals(SINCE_7, db.migrate(), "the shop's own file is updated from 7 to the newest");
            assertEquals(20, count(db, "SELECT COUNT(*) FROM tag"));
        }
        assertFalse(Files.exists(copy()));
        try (var kept = Files.list(dir)) {
            assertEquals(1, kept.filter(f -> f.getFileName().toString().startsWith(
                    Database.FILE_NAME + "-before-update-unreadable-")).count(), "set aside, not deleted");
        }
    }

    @Test
    void aCopyLeftByAFinishedUpdateIsDeletedNotPutBack() throws Exception {
        try (Database db = Database.openH2(dir)) {
            db.migrate();
        }
        Files.copy(dir.resolve(Database.FILE_NAME + ".mv.db"), copy());
        try (Database db = Database.openH2(dir)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO tag (name, name_key) VALUES ('Neu', 'neu')"));
        }

        try (Database db = Database.openH2(dir)) {
            assertEquals(0, db.migrate());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM tag"), "what was saved since stays");
        }
        assertFalse(Files.exists(copy()));
    }

    @Test
    void aSecondStammkundeStartedDuringAnUpdateIsToldItIsInUseAndChangesNothing() throws Exception {
        olderShop();
        try (FileChannel channel = FileChannel.open(dir.resolve(Database.FILE_NAME + ".update.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock(); // as the first one holds it while it copies the file

            assertThrows(DatabaseInUseException.class, () -> {
                try (Database db = Database.openH2(dir)) {
                    db.migrate();
                }
            });
        }
        assertFalse(Files.exists(copy()));
        try (Database db = Database.openH2(dir)) {
            assertEquals(SINCE_7, db.migrate(), "still at 7");
            assertEquals(20, count(db, "SELECT COUNT(*) FROM tag"));
        }
    }
}
