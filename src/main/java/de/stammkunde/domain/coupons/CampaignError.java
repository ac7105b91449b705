package de.stammkunde.domain.coupons;

import java.util.List;

/** A broken campaign rule on one field, as a message key with arguments. */
public record CampaignError(CampaignField field, String messageKey, List<Object> args) {

    public CampaignError {
        args = List.copyOf(args);
    }

    public static CampaignError of(CampaignField field, String messageKey, Object... args) {
        return new CampaignError(field, messageKey, List.of(args));
    }
}
