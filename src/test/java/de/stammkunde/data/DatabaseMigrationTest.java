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
                assertEquals(6, db.migrate(), "V3 to V8");
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

    @Test
    void customersAndTagsWithLettersFoldNowSpellsPlainlyAreKeyedAgain() {
        for (Database db : TestDatabases.all()) {
            try (db) {
                db.jdbi().useHandle(h -> {
                    h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8')");
                    h.execute("ALTER TABLE campaign DROP COLUMN for_birthdays");
                    h.execute("DROP TABLE points_use");
                    // as version 5 keyed them
                    h.execute("""
                            INSERT INTO customer (customer_number, last_name, first_name, name_key, sort_name,
                                search_text, created_at, updated_at)
                            VALUES ('900001', 'Yıldız', 'Łukasz', 'yıldız łukasz', 'yıldız łukasz',
                                '|yıldız|łukasz|900001|', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
                    h.execute("INSERT INTO tag (name, name_key) VALUES ('Kadın', 'kadın'),"
                            + " ('Smørrebrød', 'smørrebrød'), ('smorrebrod', 'smorrebrod')");
                });

                assertEquals(3, db.migrate(), "V6 to V8");

                db.jdbi().useHandle(h -> {
                    assertEquals(List.of("|yildiz|lukasz|900001|", "yildiz lukasz", "yildiz lukasz"), h.createQuery(
                            "SELECT search_text, name_key, sort_name FROM customer WHERE customer_number = '900001'")
                            .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).one());
                    assertEquals(List.of("kadin", "smorrebrod", "smørrebrød"), h.createQuery(
                            "SELECT name_key FROM tag").mapTo(String.class).list().stream().sorted().toList(),
                            "Smørrebrød keeps its key: 'smorrebrod' is another tag's");
                });
            }
        }
    }

    @Test
    void birthdayCampaignsMadeBeforeAreMarkedSoTheNextLeavesOutTheirCustomers() {
        for (Database db : TestDatabases.all()) {
            try (db) {
                db.jdbi().useHandle(h -> {
                    h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('7', '8')");
                    h.execute("ALTER TABLE campaign DROP COLUMN for_birthdays");
                    h.execute("DROP TABLE points_use");
                    // as the birthday form (German, English), the demo data and the new-campaign form wrote them
                    for (String[] c : List.of(new String[] {"Geburtstag in 14 Tagen", "PERSONAL"},
                            new String[] {"Birthday within 7 days", "PERSONAL"},
                            new String[] {"Geburtstag in den nächsten 14 Tagen", "PERSONAL"},
                            new String[] {"Suche: Geburtstag", "PERSONAL"},
                            new String[] {"Geburtstag in 3 Tagen", "SHARED"})) {
                        h.createUpdate("""
                                INSERT INTO campaign (name, kind, percent_off, valid_from, valid_to, code_mode,
                                    target_description, created_at)
                                VALUES ('Aktion', 'PERCENT', 10, CURRENT_DATE, CURRENT_DATE, :mode, :target,
                                    CURRENT_TIMESTAMP)""").bind("mode", c[1]).bind("target", c[0]).execute();
                    }
                });

                assertEquals(2, db.migrate(), "V7 and V8");

                assertEquals(List.of("Birthday within 7 days", "Geburtstag in 14 Tagen",
                        "Geburtstag in den nächsten 14 Tagen"), db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT target_description FROM campaign WHERE for_birthdays ORDER BY target_description")
                        .mapTo(String.class).list()));
            }
        }
    }
}
