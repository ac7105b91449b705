package de.stammkunde.data.coupons;

import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.customers.CustomerStatus;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A {@link CampaignTarget} in the campaign's {@code target_*} columns (V9): its kind, and of the
 * customer number, a count (selected customers, birthday days, one in so many cards), search text,
 * tag and status what it has; the others stay NULL.
 */
public record TargetColumns(String kind, String customer, Integer count, String search, String tag, String status) {

    static TargetColumns of(CampaignTarget target) {
        if (target instanceof CampaignTarget.OneCustomer one) {
            return new TargetColumns(one.kind(), one.customerNumber(), null, null, null, null);
        }
        if (target instanceof CampaignTarget.Picked picked) {
            return new TargetColumns(picked.kind(), null, picked.count(), null, null, null);
        }
        if (target instanceof CampaignTarget.Matching m) {
            return new TargetColumns(m.kind(), null, null, m.search().isEmpty() ? null : m.search(), m.tag(),
                    m.status() == null ? null : m.status().name());
        }
        if (target instanceof CampaignTarget.Birthdays b) {
            return new TargetColumns(b.kind(), null, b.days(), null, null, null);
        }
        if (target instanceof CampaignTarget.CardSample c) {
            return new TargetColumns(c.kind(), null, c.every(), null, null, null);
        }
        return new TargetColumns(target.kind(), null, null, null, null, null); // everyone, or not known
    }

    /**
     * The target of a row read with {@link CampaignDao#COLUMNS}; {@link CampaignTarget.Unknown} for a kind
     * without its facts or one this version does not know (a later one may add kinds).
     */
    static CampaignTarget read(ResultSet rs) throws SQLException {
        String kind = rs.getString("target_kind");
        String customer = rs.getString("target_customer");
        Integer count = rs.getObject("target_count", Integer.class);
        if (kind == null) {
            return CampaignTarget.UNKNOWN;
        }
        return switch (kind) {
            case "ALL" -> new CampaignTarget.Everyone();
            case "ONE_CUSTOMER" -> customer == null || customer.isBlank() ? CampaignTarget.UNKNOWN
                    : new CampaignTarget.OneCustomer(customer);
            case "PICKED" -> count == null ? CampaignTarget.UNKNOWN : new CampaignTarget.Picked(count);
            case "FILTER" -> CampaignTarget.matching(rs.getString("target_search"), rs.getString("target_tag"),
                    status(rs.getString("target_status")));
            case "BIRTHDAY" -> count == null ? CampaignTarget.UNKNOWN : new CampaignTarget.Birthdays(count);
            case "CARD_SAMPLE" -> count == null ? CampaignTarget.UNKNOWN : new CampaignTarget.CardSample(count);
            default -> CampaignTarget.UNKNOWN;
        };
    }

    private static CustomerStatus status(String name) {
        for (CustomerStatus status : CustomerStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
