package de.stammkunde.data.cards;

import de.stammkunde.domain.cards.Card;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code customer_card} row as a {@link Card}. */
public final class CardMapper implements RowMapper<Card> {

    static final String COLUMNS =
            "id, card_number, customer_id, issued_at, issued_by, blocked_at, block_reason, replaced_by_id";

    @Override
    public Card map(ResultSet rs, StatementContext ctx) throws SQLException {
        long replacedBy = rs.getLong("replaced_by_id");
        Long replacedById = rs.wasNull() ? null : replacedBy;
        return new Card(rs.getLong("id"), rs.getString("card_number"), rs.getLong("customer_id"),
                time(rs.getTimestamp("issued_at")), rs.getString("issued_by"), time(rs.getTimestamp("blocked_at")),
                rs.getString("block_reason"), replacedById);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
