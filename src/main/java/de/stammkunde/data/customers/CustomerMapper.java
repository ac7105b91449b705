package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A customer row. Tags and consents live in their own tables: the customer comes without them, and
 * {@link CustomerDao} adds them.
 */
public final class CustomerMapper implements RowMapper<Customer> {

    public static final String COLUMNS = """
            id, customer_number, gender, first_name, last_name, company, street, postcode, city, country,
            phone, mobile, email, birth_date, occupation, notes, status, archived, merged_into_id,
            created_at, updated_at, version, erased_at""";

    /** Reads by position, in the order of {@link #COLUMNS} (by name H2 looks each label up per value). */
    @Override
    public Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
        long id = rs.getLong(1);
        CustomerDetails details = CustomerDetails.builder()
                .gender(Gender.valueOf(rs.getString(3)))
                .firstName(rs.getString(4))
                .lastName(rs.getString(5))
                .company(rs.getString(6))
                .street(rs.getString(7))
                .postcode(rs.getString(8))
                .city(rs.getString(9))
                .country(rs.getString(10))
                .phone(rs.getString(11))
                .mobile(rs.getString(12))
                .email(rs.getString(13))
                .birthDate(rs.getObject(14, LocalDate.class))
                .occupation(rs.getString(15))
                .notes(rs.getString(16))
                .status(CustomerStatus.valueOf(rs.getString(17)))
                .build();
        long merged = rs.getLong(19);
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Customer(id, rs.getString(2), details, rs.getBoolean(18), mergedInto, time(rs, 20), time(rs, 21),
                rs.getInt(22), rs.getObject(23) != null);
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        // Straight to LocalDateTime: through java.sql.Timestamp each value costs a time-zone lookup.
        return rs.getObject(column, LocalDateTime.class);
    }
}
