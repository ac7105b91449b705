package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
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
                assertEquals(9, db.migrate(), "V3 to V11");
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
                    toSchema8(h);
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

                assertEquals(6, db.migrate(), "V6 to V11");

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
                    toSchema8(h);
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

                assertEquals(5, db.migrate(), "V7 to V11");

                assertEquals(List.of("Birthday within 7 days", "Geburtstag in 14 Tagen",
                        "Geburtstag in den nächsten 14 Tagen"), db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT target_description FROM campaign WHERE for_birthdays ORDER BY target_description")
                        .mapTo(String.class).list()));
            }
        }
    }

    @Test
    void pointsBookedBeforeKeepTheRedemptionValueSavedThen() {
        // Before, a point was worth the rule of the day: a new value changed the worth of every point earned
        for (Database db : TestDatabases.all()) {
            try (db) {
                db.jdbi().useHandle(h -> {
                    toSchema10(h);
                    h.execute("INSERT INTO app_setting (setting_key, setting_value)"
                            + " VALUES ('points.redeemPoints', '100'), ('points.redeemValue', '3.00')");
                    long customer = h.createUpdate("""
                            INSERT INTO customer (customer_number, last_name, first_name, name_key, sort_name,
                                search_text, created_at, updated_at)
                            VALUES ('900002', 'Berg', 'Eva', 'berg eva', 'berg eva', '|berg|eva|900002|',
                                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    for (int points : new int[] {120, -20}) {
                        h.createUpdate("""
                                INSERT INTO points_entry (customer_id, kind, points, remaining, created_at)
                                VALUES (:c, :kind, :points, :remaining, CURRENT_TIMESTAMP)""").bind("c", customer)
                                .bind("kind", points > 0 ? "EARN" : "REDEEM").bind("points", points)
                                .bind("remaining", points > 0 ? 100 : 0).execute();
                    }
                });

                assertEquals(1, db.migrate(), "V11");

                assertEquals(List.of("100 = 3.00", "100 = 3.00"), db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT value_points, value_euros FROM points_entry ORDER BY id")
                        .map((rs, ctx) -> rs.getInt(1) + " = " + rs.getBigDecimal(2).toPlainString()).list()));
                // a row booked from now on must say its rule: nothing fills it in
                assertThrows(Exception.class, () -> db.jdbi().useHandle(h -> h.execute("""
                        INSERT INTO points_entry (customer_id, kind, points, remaining, created_at)
                        SELECT customer_id, 'EARN', 5, 5, CURRENT_TIMESTAMP FROM points_entry""")));
            }
        }
    }

    @Test
    void withoutASavedOrWithAnUnreadableRedemptionValuePointsBookedBeforeGetTheDefaultOne() {
        for (String saved : new String[] {null, "viel", "0.001"}) {
            try (Database db = TestDatabases.h2()) {
                db.jdbi().useHandle(h -> {
                    toSchema10(h);
                    if (saved != null) {
                        h.execute("INSERT INTO app_setting (setting_key, setting_value)"
                                + " VALUES ('points.redeemValue', ?)", saved);
                    }
                    h.execute("""
                            INSERT INTO customer (customer_number, last_name, first_name, name_key, sort_name,
                                search_text, created_at, updated_at)
                            VALUES ('900003', 'Berg', 'Eva', 'berg eva', 'berg eva', '|berg|eva|900003|',
                                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
                    h.execute("""
                            INSERT INTO points_entry (customer_id, kind, points, remaining, created_at)
                            SELECT id, 'EARN', 10, 10, CURRENT_TIMESTAMP FROM customer""");
                });

                assertEquals(1, db.migrate());

                assertEquals("100 = 5.00", db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT value_points, value_euros FROM points_entry")
                        .map((rs, ctx) -> rs.getInt(1) + " = " + rs.getBigDecimal(2).toPlainString()).one()), saved);
            }
        }
    }

    /** Takes a current database back to schema 10, as the version before V11 left it. */
    private static void toSchema10(Handle h) {
        h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '11'");
        h.execute("ALTER TABLE points_entry DROP CONSTRAINT ck_points_value");
        h.execute("ALTER TABLE points_entry DROP COLUMN value_points");
        h.execute("ALTER TABLE points_entry DROP COLUMN value_euros");
    }

    /** Takes a current database back to schema 9, as the version before V10 left it. */
    private static void toSchema9(Handle h) {
        toSchema10(h);
        h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'");
        h.execute("ALTER TABLE customer DROP COLUMN erased_at");
    }

    /** Takes a current database back to schema 8, as the version before V9 left it. */
    private static void toSchema8(Handle h) {
        toSchema9(h);
        h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
        for (String column : List.of("target_kind", "target_customer", "target_count", "target_search", "target_tag",
                "target_status")) {
            h.execute("ALTER TABLE campaign DROP COLUMN " + column);
        }
    }

    @Test
    void campaignTargetsStoredAsGermanOrEnglishWordsAreReadAsFactsWhereTheyReadOneWay() {
        // Before, the campaign list showed the words of the day a campaign was made: German in an English list.
        List<String[]> made = List.of(
                // words, code mode, for birthdays, what V9 reads: kind|customer|count|search|tag|status
                row("Alle aktuellen Kunden", "ALL|||||"),
                row("All current customers", "ALL|||||"),
                row("Kunde 100001", "ONE_CUSTOMER|100001||||"),
                row("Customer 100002", "ONE_CUSTOMER|100002||||"),
                row("Kunde Anna Müller", "|||||"),
                row("1.234 ausgewählte Kunden", "PICKED||1234|||"),
                row("1,250 selected customers", "PICKED||1250|||"),
                row("3 picked customers", "PICKED||3|||"),
                row("viele ausgewählte Kunden", "|||||"),
                row(". ausgewählte Kunden", "|||||"),
                new String[] {"Geburtstag in den nächsten 14 Tagen", "PERSONAL", "true", "BIRTHDAY||14|||"},
                new String[] {"Geburtstag in 7 Tagen", "PERSONAL", "true", "BIRTHDAY||7|||"},
                new String[] {"Birthday within 30 days", "PERSONAL", "true", "BIRTHDAY||30|||"},
                row("jede 50. Karte", "CARD_SAMPLE||50|||"),
                row("every 50th card holder", "CARD_SAMPLE||50|||"),
                row("Suche „müller“, Interesse Fahrrad, Status Aktiv", "FILTER|||müller|Fahrrad|ACTIVE"),
                row("Search “miller, anna”", "FILTER|||miller, anna||"),
                row("Search \"o'neil\", Status Prospect", "FILTER|||o'neil||POTENTIAL"),
                row("Interest Coffee, Status Lost", "FILTER||||Coffee|LOST"),
                row("Interesse Kaffee", "FILTER||||Kaffee|"),
                row("Status Verloren", "FILTER|||||LOST"),
                row("Suche „a“b, Status Aktiv“", "FILTER|||a“b, Status Aktiv||"),
                row("Suche „a“b“, Interesse Kaffee, Status Interessent", "FILTER|||a“b|Kaffee|POTENTIAL"),
                // a search text "x“, Interesse „y" alone, or "x" with the tag "„y“"; the separator twice
                row("Suche „x“, Interesse „y“", "|||||"),
                row("Suche „a“, Interesse b“, Interesse c", "|||||"),
                row("Status Unbekannt", "|||||"),
                row("Suche: Geburtstag", "|||||"),
                new String[] {"", "SHARED", "false", "|||||"});
        for (Database db : TestDatabases.all()) {
            try (db) {
                db.jdbi().useHandle(h -> {
                    toSchema8(h);
                    for (String[] c : made) {
                        h.createUpdate("""
                                INSERT INTO campaign (name, kind, percent_off, valid_from, valid_to, code_mode,
                                    target_description, created_at, for_birthdays)
                                VALUES ('Aktion', 'PERCENT', 10, CURRENT_DATE, CURRENT_DATE, :mode, :target,
                                    CURRENT_TIMESTAMP, :birthdays)""").bind("mode", c[1]).bind("target", c[0])
                                .bind("birthdays", Boolean.parseBoolean(c[2])).execute();
                    }
                });

                assertEquals(3, db.migrate(), "V9 to V11");

                List<String> read = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT target_kind, target_customer, target_count, target_search, target_tag, target_status,
                            target_description
                        FROM campaign ORDER BY id""").map((rs, ctx) -> {
                            List<String> facts = new ArrayList<>();
                            for (int i = 1; i <= 6; i++) {
                                facts.add(rs.getString(i) == null ? "" : rs.getString(i));
                            }
                            return rs.getString(7) + " -> " + String.join("|", facts);
                        }).list());
                assertEquals(made.stream().map(c -> c[0] + " -> " + c[3]).toList(), read);
            }
        }
    }

    private static String[] row(String words, String read) {
        return new String[] {words, "PERSONAL", "false", read};
    }
}
