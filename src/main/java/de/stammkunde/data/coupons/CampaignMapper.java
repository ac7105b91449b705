package de.stammkunde.data.coupons;

import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A campaign from the columns of {@link CampaignDao#COLUMNS} (its id as {@code campaign_id}). */
public final class CampaignMapper implements RowMapper<Campaign> {

    @Override
    public Campaign map(ResultSet rs, StatementContext ctx) throws SQLException {
        return of(rs);
    }

    static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(CampaignKind.valueOf(rs.getString("kind")), rs.getBigDecimal("percent_off"),
                rs.getBigDecimal("amount_off"), rs.getString("free_item"));
    }

    static Campaign of(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong("campaign_id"), rs.getString("name"), offer(rs), rs.getBigDecimal("min_purchase"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                CodeMode.valueOf(rs.getString("code_mode")), rs.getObject("redemption_limit", Integer.class),
                rs.getString("target_description"), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class), TargetColumns.read(rs));
    }
}
