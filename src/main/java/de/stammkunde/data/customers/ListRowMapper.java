package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A list row without tags and consent bits, which come from their own tables. */
public final class ListRowMapper implements RowMapper<CustomerListRow> {
    @Override
    public CustomerListRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CustomerListRow(rs.getLong("id"), rs.getString("customer_number"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("company"), rs.getString("postcode"), rs.getString("city"),
                rs.getString("phone"), rs.getString("mobile"), rs.getString("email"),
                CustomerStatus.valueOf(rs.getString("status")), rs.getBoolean("archived"), 0, List.of(),
                rs.getString("sort_name"), rs.getString("search_text"));
    }
}
