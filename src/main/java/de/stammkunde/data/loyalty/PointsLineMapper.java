package de.stammkunde.data.loyalty;

import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@link PointsDao#lines}: the entry by its constructor, then the purchase's receipt, date, refund reason
 * and whether it gave points back into their lots. */
public final class PointsLineMapper implements RowMapper<PointsLine> {

    private static final RowMapper<PointsEntry> ENTRIES = ConstructorMapper.of(PointsEntry.class);

    @Override
    public PointsLine map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    @Override
    public RowMapper<PointsLine> specialize(ResultSet results, StatementContext context) throws SQLException {
        RowMapper<PointsEntry> entry = ENTRIES.specialize(results, context);
        return (rs, ctx) -> {
            Timestamp at = rs.getTimestamp("line_purchased_at");
            return new PointsLine(entry.map(rs, ctx), rs.getString("line_receipt"),
                    at == null ? null : at.toLocalDateTime(), rs.getString("line_refund_reason"),
                    rs.getBoolean("line_back_in_lots"));
        };
    }
}
