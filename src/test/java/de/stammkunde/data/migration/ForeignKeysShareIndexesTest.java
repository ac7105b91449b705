package de.stammkunde.data.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class ForeignKeysShareIndexesTest {

    /** Each H2 table's indexes as "columns" lists, e.g. {@code PURCHASE -> [CUSTOMER_ID,PURCHASED_AT, …]}. */
    private static Map<String, List<String>> indexColumns(Database db) {
        Map<String, List<String>> byTable = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        SELECT TABLE_NAME, LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION)
                        FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'
                        GROUP BY TABLE_NAME, INDEX_NAME ORDER BY 1, 2""")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> byTable.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue())));
        return byTable;
    }

    private static void insertPurchaseFor(Database db, long customerId) {
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO purchase (customer_id, purchased_at, total, paid, created_at)
                VALUES (?, TIMESTAMP '2026-11-23 10:00:00', 12.50, 12.50, TIMESTAMP '2026-11-23 10:00:00')""",
                customerId));
    }

    private static long insertCustomer(Database db) {
        return db.jdbi().withHandle(h -> h.createUpdate("""
                        INSERT INTO customer (customer_number, last_name, created_at, updated_at)
                        VALUES ('100001', 'Weber', TIMESTAMP '2026-11-23 10:00:00', TIMESTAMP '2026-11-23 10:00:00')""")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Test
    void noTableKeepsTwoIndexesOverTheSameColumnsExceptTheRefundKeyOnItsUniqueConstraint() {
        try (Database db = TestDatabases.h2()) {
            Map<String, List<String>> indexes = indexColumns(db);

            for (var table : indexes.entrySet()) {
                List<String> columns = new ArrayList<>(table.getValue());
                if (table.getKey().equals("PURCHASE")) {
                    // H2 will not lend a unique constraint's index to a foreign key; one refund per purchase.
                    assertTrue(columns.remove("REFUND_OF_ID"));
                }
                assertEquals(columns.stream().distinct().toList(), columns, table.getKey() + " " + table.getValue());
            }
            // before V3 a customer row went into nine indexes, a purchase into nine; V4 dropped the
            // customers' unused sort-name index, V5 the four of the duplicate check
            assertEquals(List.of("CUSTOMER_NUMBER", "ID", "MERGED_INTO_ID"), indexes.get("CUSTOMER"));
            assertEquals(7, indexes.get("PURCHASE").size());
            assertEquals(List.of("CUSTOMER_ID", "EXPIRES_ON", "ID", "PURCHASE_ID"), indexes.get("POINTS_ENTRY"));
        }
    }

    @Test
    void upgradingADatabaseKeepsItsRowsAndTheKeysStillHold() {
        try (Database db = Database.open("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1", "sa", "", 2)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration")
                    .target("2").load().migrate();
            long customer = insertCustomer(db);
            insertPurchaseFor(db, customer);
            int before = indexColumns(db).get("PURCHASE").size();

            assertEquals(9, db.migrate(), "V3 to V11");

            assertEquals(before - 2, indexColumns(db).get("PURCHASE").size());
            int purchases = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM purchase WHERE customer_id = ?")
                    .bind(0, customer).mapTo(Integer.class).one());
            assertEquals(1, purchases);
            // a purchase for a customer that does not exist is still refused
            assertThrows(UnableToExecuteStatementException.class, () -> insertPurchaseFor(db, customer + 1000));
        }
    }

    @Test
    void onPostgresqlTheMigrationChangesNothingAndTheKeysHold() {
        Database pg = TestDatabases.postgresOrNull();
        if (pg == null) {
            return;
        }
        try (pg) {
            long customer = insertCustomer(pg);
            insertPurchaseFor(pg, customer);
            assertThrows(UnableToExecuteStatementException.class, () -> insertPurchaseFor(pg, customer + 1000));
        }
    }
}
