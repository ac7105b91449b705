package de.stammkunde.data.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 only: lets foreign keys use the indexes V1 and V2 create for them. H2 gives every foreign key
 * declared inside {@code CREATE TABLE} an index of its own, so each {@code CREATE INDEX} on such a
 * column that followed built a second, identical one, and every insert wrote both (a customer went
 * into nine indexes, a purchase into nine; now eight and seven). Dropping such a key and adding it
 * again lets H2 take the index that is there. H2 lends a foreign key only an index over exactly its
 * columns, so the two wider indexes on a customer's purchases and points entries go instead: H2
 * orders every index by the row id after its columns, so the key's own index on {@code
 * customer_id} already reads a customer's points in order, and a customer's purchases are few
 * enough to sort. PostgreSQL builds no index for a foreign key, so there is nothing to do there.
 */
public final class V3__Foreign_keys_share_indexes extends BaseJavaMigration {

    /** A single-column foreign key {@code table.column} to {@code references.id}. */
    private record Key(String table, String column, String references) {
    }

    /** The foreign keys that have an index of the same column from V1 or V2. */
    private static final List<Key> KEYS = List.of(
            new Key("customer", "merged_into_id", "customer"),
            new Key("customer_tag", "tag_id", "tag"),
            new Key("coupon", "campaign_id", "campaign"),
            new Key("coupon", "customer_id", "customer"),
            new Key("purchase", "coupon_id", "coupon"),
            new Key("coupon_redemption", "coupon_id", "coupon"),
            new Key("coupon_redemption", "purchase_id", "purchase"),
            new Key("coupon_redemption", "customer_id", "customer"),
            new Key("customer_card", "customer_id", "customer"),
            new Key("points_entry", "purchase_id", "purchase"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (Key key : KEYS) {
                for (String constraint : foreignKeys(connection, key)) {
                    statement.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT \"" + constraint + "\"");
                }
                // NOCHECK: the rows met this very constraint a moment ago, and nothing else writes
                // while the schema is migrated; checking 2,000,000 purchases again would only cost time.
                statement.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT fk_" + key.table() + "_"
                        + key.column() + " FOREIGN KEY (" + key.column() + ") REFERENCES " + key.references()
                        + " (id) NOCHECK");
            }
            statement.execute("DROP INDEX ix_purchase_customer");
            statement.execute("DROP INDEX ix_points_customer");
        }
    }

    /** The names of the single-column foreign keys on the key's column, as H2 named them. */
    private static List<String> foreignKeys(Connection connection, Key key) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT tc.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                    AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                WHERE tc.CONSTRAINT_TYPE = 'FOREIGN KEY' AND tc.TABLE_SCHEMA = SCHEMA() AND tc.TABLE_NAME = ?
                GROUP BY tc.CONSTRAINT_NAME
                HAVING COUNT(*) = 1 AND MAX(k.COLUMN_NAME) = ?""")) {
            query.setString(1, key.table().toUpperCase(Locale.ROOT));
            query.setString(2, key.column().toUpperCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
