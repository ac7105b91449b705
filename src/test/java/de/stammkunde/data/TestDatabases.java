package de.stammkunde.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, migrated databases for DAO tests: always an in-memory H2, and PostgreSQL when CI (or a
 * developer) provides one in {@code STAMMKUNDE_TEST_PG_URL} — the multi-counter option must keep working.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /**
     * Closes after each test the databases it opened through {@link #open}:
     * {@code @RegisterExtension final TestDatabases.Closing databases = new TestDatabases.Closing();}.
     */
    public static final class Closing implements AfterEachCallback {

        private final List<Database> opened = new ArrayList<>();

        /** {@code db}, to be closed after the test. */
        public Database open(Database db) {
            opened.add(db);
            return db;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            opened.forEach(Database::close);
            opened.clear();
        }
    }

    public static Database h2() {
        Database db = Database.open("jdbc:h2:mem:test" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "", 4);
        db.migrate();
        return db;
    }

    /** PostgreSQL with an emptied schema, or null when none is configured. */
    public static Database postgresOrNull() {
        String url = System.getenv("STAMMKUNDE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        String user = System.getenv().getOrDefault("STAMMKUNDE_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("STAMMKUNDE_TEST_PG_PASSWORD", "");
        Database db = Database.open(url, user, password, 4);
        db.jdbi().useHandle(h -> h.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
        db.migrate();
        return db;
    }

    /** "H2", and "PostgreSQL" where {@code STAMMKUNDE_TEST_PG_URL} names one: for tests that take the name. */
    public static List<String> names() {
        String pg = System.getenv("STAMMKUNDE_TEST_PG_URL");
        return pg == null || pg.isBlank() ? List.of("H2") : List.of("H2", "PostgreSQL");
    }

    /** A fresh, migrated database of one of {@link #names()}. */
    public static Database named(String name) {
        return "H2".equals(name) ? h2() : postgresOrNull();
    }

    /** The databases every DAO test runs against. */
    public static List<Database> all() {
        List<Database> dbs = new ArrayList<>();
        dbs.add(h2());
        Database pg = postgresOrNull();
        if (pg != null) {
            dbs.add(pg);
        }
        return dbs;
    }

    public static String name(Database db) {
        return db.jdbi().withHandle(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The foreign keys to {@code table} (lower case), as {@code table.column} in lower case. */
    public static List<String> foreignKeysTo(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT LOWER(fk.table_name) || '.' || LOWER(fk.column_name)
                FROM information_schema.referential_constraints rc
                JOIN information_schema.key_column_usage fk
                  ON fk.constraint_name = rc.constraint_name AND fk.constraint_schema = rc.constraint_schema
                JOIN information_schema.key_column_usage pk
                  ON pk.constraint_name = rc.unique_constraint_name
                 AND pk.constraint_schema = rc.unique_constraint_schema
                WHERE LOWER(pk.table_name) = :table""").bind("table", table).mapTo(String.class).list());
    }
}
