package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.result.ResultSetException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The current customer of a bulk read ({@link CustomerDao#forEachCustomerRow}), column by column as
 * stored: the values were normalised when they were saved, so nothing builds and checks a {@code
 * Customer} for each row. An export of 100,000 customers spent two thirds of its time on that. Valid
 * only inside the callback; the getters read {@link CustomerMapper#COLUMNS} by position.
 */
public final class CustomerCursor {

    private static final Gender[] GENDERS = Gender.values();
    private static final CustomerStatus[] STATUSES = CustomerStatus.values();

    private final ResultSet rs;
    private final StatementContext ctx;
    private final ById<List<String>> tags;
    private final ById<Map<ConsentChannel, Consent>> consents;
    /** The current row's id, tags and consents, looked up once per row. */
    private long id;
    private List<String> ownTags;
    private Map<ConsentChannel, Consent> ownConsents;

    CustomerCursor(ResultSet rs, StatementContext ctx, ById<List<String>> tags,
            ById<Map<ConsentChannel, Consent>> consents) {
        this.rs = rs;
        this.ctx = ctx;
        this.tags = tags;
        this.consents = consents;
    }

    /** Moves to the next row; false after the last. */
    boolean next() throws SQLException {
        if (!rs.next()) {
            return false;
        }
        id = rs.getLong(1);
        ownTags = null;
        ownConsents = null;
        return true;
    }

    public long id() {
        return id;
    }

    public String number() {
        return text(2);
    }

    public Gender gender() {
        return constant(GENDERS, text(3));
    }

    public String firstName() {
        return text(4);
    }

    public String lastName() {
        return text(5);
    }

    public String company() {
        return text(6);
    }

    public String street() {
        return text(7);
    }

    public String postcode() {
        return text(8);
    }

    public String city() {
        return text(9);
    }

    public String country() {
        return text(10);
    }

    public String phone() {
        return text(11);
    }

    public String mobile() {
        return text(12);
    }

    public String email() {
        return text(13);
    }

    public LocalDate birthDate() {
        return value(14, LocalDate.class);
    }

    public String occupation() {
        return text(15);
    }

    public String notes() {
        return text(16);
    }

    public CustomerStatus status() {
        return constant(STATUSES, text(17));
    }

    public boolean archived() {
        return value(18, Boolean.class);
    }

    public LocalDateTime createdAt() {
        return value(20, LocalDateTime.class);
    }

    public LocalDateTime updatedAt() {
        return value(21, LocalDateTime.class);
    }

    /** The tags in their order; empty unless the read was asked for them. */
    public List<String> tags() {
        if (ownTags == null) {
            ownTags = Objects.requireNonNullElse(tags.get(id), List.of());
        }
        return ownTags;
    }

    /** The consent for the channel, or null; always null unless the read was asked for consents. */
    public Consent consent(ConsentChannel channel) {
        if (ownConsents == null) {
            ownConsents = Objects.requireNonNullElse(consents.get(id), Map.of());
        }
        return ownConsents.get(channel);
    }

    private String text(int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Straight to the Java type: through {@code java.sql.Timestamp} each time costs a time-zone lookup. */
    private <T> T value(int column, Class<T> type) {
        try {
            return rs.getObject(column, type);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A handful of constants: comparing names beats {@code valueOf}'s hash of a fresh string. */
    private <E extends Enum<E>> E constant(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw failed(new SQLException("Unknown value " + name + " for " + constants[0].getDeclaringClass().getSimpleName()));
    }

    private ResultSetException failed(SQLException e) {
        return new ResultSetException("Reading a customer failed", e, ctx);
    }
}
