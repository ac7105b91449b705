package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link CustomerQuery} as SQL: the same terms, filters and order as the in-memory index, for the
 * export (which streams full rows from the database) and as the benchmark's hand-written baseline.
 */
public record CustomerSearchSql(String where, String orderBy, Map<String, Object> bindings) {

    public static CustomerSearchSql of(CustomerQuery query) {
        StringBuilder where = new StringBuilder("WHERE c.merged_into_id IS NULL AND c.erased_at IS NULL");
        Map<String, Object> bindings = new LinkedHashMap<>();
        if (query.archive() == ArchiveFilter.ACTIVE_ONLY) {
            where.append(" AND c.archived = FALSE");
        } else if (query.archive() == ArchiveFilter.ARCHIVED_ONLY) {
            where.append(" AND c.archived = TRUE");
        }
        if (query.status() != null) {
            where.append(" AND c.status = :status");
            bindings.put("status", query.status().name());
        }
        if (query.tag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
                    + " WHERE ct.customer_id = c.id AND t.name_key = :tagKey)");
            bindings.put("tagKey", Tags.key(query.tag()));
        }
        if (query.consent() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM customer_consent cc WHERE cc.customer_id = c.id"
                    + " AND cc.channel = :channel AND cc.granted = TRUE)");
            bindings.put("channel", query.consent().name());
        }
        List<String> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            where.append(" AND c.search_text LIKE :term").append(i).append(" ESCAPE '!'");
            bindings.put("term" + i, "%" + escapeLike(terms.get(i)) + "%");
        }
        String direction = query.ascending() ? " ASC" : " DESC";
        String column = column(query);
        // empty values last either way, as the list shows them (SortKey); NULLS LAST would not do, the
        // columns hold '' for nothing
        String orderBy = "ORDER BY CASE WHEN " + column + " = '' THEN 1 ELSE 0 END, " + column + direction
                + ", c.id ASC";
        return new CustomerSearchSql(where.toString(), orderBy, bindings);
    }

    private static String column(CustomerQuery query) {
        return switch (query.sort()) {
            case NAME -> "c.sort_name";
            case NUMBER -> "c.customer_number";
            case COMPANY -> "c.company";
            case POSTCODE -> "c.postcode";
            case CITY -> "c.city";
            // the number the list shows: the phone, or the mobile where there is no phone
            case PHONE -> "CASE WHEN c.phone = '' THEN c.mobile ELSE c.phone END";
            case EMAIL -> "c.email";
            case STATUS -> "c.status";
        };
    }

    static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public <S extends SqlStatement<S>> S bind(S statement) {
        bindings.forEach(statement::bind);
        return statement;
    }
}
