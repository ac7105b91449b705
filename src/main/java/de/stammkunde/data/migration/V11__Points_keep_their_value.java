package de.stammkunde.data.migration;

import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.PointsRulesCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each ledger row keeps the redemption rule it was booked under ("{@code value_points} points = {@code
 * value_euros} €"): a lot's points are worth what that rule says, whatever the owner sets later. Before, the
 * counter valued every point with the rule of the day, so a new redemption value changed the worth of points
 * earned long before. The rows there are were all worth the saved rule until now, so they get it, read as the
 * service reads it (the defaults, 100 points = 5.00 €, when none is saved or it is unreadable); no SQL cast
 * could fall back so. Portable: a column added with a default and NOT NULL, then the default dropped, so that
 * every new row must say its rule.
 */
public final class V11__Points_keep_their_value extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        PointsRules rules = PointsRulesCodec.decode(savedRules(connection));
        try (Statement statement = connection.createStatement()) {
            // numbers the codec checked, written as literals: a default takes no parameter
            statement.execute("ALTER TABLE points_entry ADD COLUMN value_points INTEGER DEFAULT "
                    + rules.redeemPoints() + " NOT NULL");
            statement.execute("ALTER TABLE points_entry ADD COLUMN value_euros DECIMAL(12,2) DEFAULT "
                    + rules.redeemValue().toPlainString() + " NOT NULL");
            statement.execute("ALTER TABLE points_entry ALTER COLUMN value_points DROP DEFAULT");
            statement.execute("ALTER TABLE points_entry ALTER COLUMN value_euros DROP DEFAULT");
            statement.execute("ALTER TABLE points_entry ADD CONSTRAINT ck_points_value"
                    + " CHECK (value_points > 0 AND value_euros > 0)");
        }
    }

    /** The saved settings of the points rules, by key. */
    private static Map<String, String> savedRules(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT setting_key, setting_value FROM app_setting WHERE setting_key LIKE ?")) {
            query.setString(1, PointsRulesCodec.PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return values;
    }
}
