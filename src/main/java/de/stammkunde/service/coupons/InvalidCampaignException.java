package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CampaignError;
import de.stammkunde.service.Refusal;
import java.util.List;

/** The campaign breaks a rule (or has nobody to send codes to); nothing was stored. */
public final class InvalidCampaignException extends RuntimeException implements Refusal {

    private final transient List<CampaignError> errors;

    public InvalidCampaignException(List<CampaignError> errors) {
        super("Invalid campaign: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<CampaignError> errors() {
        return errors;
    }
}
