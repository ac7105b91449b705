package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    @Test
    void theSchemaVersionIsTheNewestMigrationSoARaisedOneIsNotForgotten() {
        try (Database db = TestDatabases.h2()) {
            assertEquals(String.valueOf(Database.SCHEMA_VERSION),
                    db.flyway().info().current().getVersion().getVersion());
            assertEquals(0, db.flyway().info().pending().length);
        }
    }

    @Test
    void anOlderDatabaseIsMigratedAndACurrentOneIsLeftAlone() {
        List<Database> dbs = new ArrayList<>();
        dbs.add(Database.open("jdbc:h2:mem:older;DB_CLOSE_DELAY=-1", "sa", "", 2));
        Database pg = TestDatabases.postgresOrNull(); // migrated already
        for (Database db : dbs) {
            try (db) {
                Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration")
                        .target("2").load().migrate();
                assertEquals(3, db.migrate(), "V3, V4 and V5");
                assertEquals(0, db.migrate());
            }
        }
        if (pg != null) {
            try (pg) {
                assertEquals(0, pg.migrate());
            }
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlywayToReport() {
        try (Database db = TestDatabases.h2()) {
            // as a migration that broke off half way leaves it
            db.jdbi().useHandle(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = ?",
                    String.valueOf(Database.SCHEMA_VERSION)));

            assertThrows(FlywayException.class, db::migrate);
        }
    }

    @Test
    void dataOfANewerVersionIsRefusedAndLeftAsItIs() {
        try (Database db = TestDatabases.h2()) {
            // as a later Stammkunde with a sixth migration leaves the history
            db.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                        "script", "checksum", "installed_by", "execution_time", "success")
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)"""));

            NewerDataException refused = assertThrows(NewerDataException.class, db::migrate);

            assertEquals(99, refused.found());
            assertEquals(Database.SCHEMA_VERSION, refused.known());
        }
    }
}
