package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A customer row without tags and consents; {@link CustomerDao} adds those from their own tables. */
public final class CustomerMapper implements RowMapper<Customer> {

    public static final String COLUMNS = """
            id, customer_number, gender, first_name, last_name, company, street, postcode, city, country,
            phone, mobile, email, birth_date, occupation, notes, status, archived, merged_into_id,
            created_at, updated_at, version""";

    @Override
    public Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
        CustomerDetails details = CustomerDetails.builder()
                .gender(Gender.valueOf(rs.getString("gender")))
                .firstName(rs.getString("first_name"))
                .lastName(rs.getString("last_name"))
                .company(rs.getString("company"))
                .street(rs.getString("street"))
                .postcode(rs.getString("postcode"))
                .city(rs.getString("city"))
                .country(rs.getString("country"))
                .phone(rs.getString("phone"))
                .mobile(rs.getString("mobile"))
                .email(rs.getString("email"))
                .birthDate(rs.getObject("birth_date", LocalDate.class))
                .occupation(rs.getString("occupation"))
                .notes(rs.getString("notes"))
                .status(CustomerStatus.valueOf(rs.getString("status")))
                .build();
        long merged = rs.getLong("merged_into_id");
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Customer(rs.getLong("id"), rs.getString("customer_number"), details, rs.getBoolean("archived"),
                mergedInto, time(rs, "created_at"), time(rs, "updated_at"), rs.getInt("version"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
