package de.stammkunde.domain.coupons;

import de.stammkunde.domain.customers.Text;
import de.stammkunde.domain.purchases.PurchaseRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign as entered, before it is stored. {@link #validate} lists every broken rule with the
 * field it belongs to, so the form can say it beside the field and the service can refuse it.
 * {@code target} is whom it is for as facts, {@code targetDescription} the same in the words of the
 * day (kept with it, as the campaigns made before targets were stored have only those).
 */
public record CampaignDraft(
        String name,
        Offer offer,
        BigDecimal minPurchase,
        LocalDate validFrom,
        LocalDate validTo,
        CodeMode codeMode,
        Integer redemptionLimit,
        String targetDescription,
        CampaignTarget target) {

    public static final int NAME_MAX = 150;
    public static final int FREE_ITEM_MAX = 200;
    public static final int TARGET_MAX = 400;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public CampaignDraft {
        // without NUL, which the database does not keep: "\0" passed "please name the campaign" and was stored empty
        name = name == null ? "" : Text.withoutNul(name).strip();
        targetDescription = targetDescription == null ? "" : targetDescription.strip();
        minPurchase = minPurchase == null ? BigDecimal.ZERO : minPurchase;
        target = target == null ? CampaignTarget.UNKNOWN : target;
    }

    /** A draft whose target is not known yet: it comes with the audience. */
    public CampaignDraft(String name, Offer offer, BigDecimal minPurchase, LocalDate validFrom, LocalDate validTo,
            CodeMode codeMode, Integer redemptionLimit, String targetDescription) {
        this(name, offer, minPurchase, validFrom, validTo, codeMode, redemptionLimit, targetDescription,
                CampaignTarget.UNKNOWN);
    }

    /** For {@code target}, described in the words of the day as {@code description}. */
    public CampaignDraft withTarget(CampaignTarget target, String description) {
        return new CampaignDraft(name, offer, minPurchase, validFrom, validTo, codeMode, redemptionLimit,
                Text.cut(description, TARGET_MAX), target);
    }

    public List<CampaignError> validate() {
        List<CampaignError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(CampaignError.of(CampaignField.NAME, "coupons.error.nameRequired"));
        } else if (name.length() > NAME_MAX) {
            errors.add(CampaignError.of(CampaignField.NAME, "coupons.error.tooLong", NAME_MAX));
        }
        validateOffer(errors);
        if (minPurchase.signum() < 0) {
            errors.add(CampaignError.of(CampaignField.MIN_PURCHASE, "coupons.error.minPurchase"));
        } else if (minPurchase.compareTo(PurchaseRules.MAX_TOTAL) > 0) {
            errors.add(CampaignError.of(CampaignField.MIN_PURCHASE, "coupons.error.moneyTooLarge",
                    PurchaseRules.MAX_TOTAL));
        }
        if (validFrom == null) {
            errors.add(CampaignError.of(CampaignField.VALID_FROM, "coupons.error.dateRequired"));
        }
        if (validTo == null) {
            errors.add(CampaignError.of(CampaignField.VALID_TO, "coupons.error.dateRequired"));
        } else if (validFrom != null && validTo.isBefore(validFrom)) {
            errors.add(CampaignError.of(CampaignField.VALID_TO, "coupons.error.validTo"));
        }
        if (codeMode == CodeMode.SHARED && redemptionLimit != null && redemptionLimit < 1) {
            errors.add(CampaignError.of(CampaignField.LIMIT, "coupons.error.limit"));
        }
        return errors;
    }

    private void validateOffer(List<CampaignError> errors) {
        switch (offer.kind()) {
            case PERCENT -> {
                BigDecimal p = offer.percentOff();
                if (p == null || p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
                    errors.add(CampaignError.of(CampaignField.PERCENT, "coupons.error.percent"));
                }
            }
            case AMOUNT -> {
                if (offer.amountOff() == null || offer.amountOff().signum() <= 0) {
                    errors.add(CampaignError.of(CampaignField.AMOUNT, "coupons.error.amount"));
                } else if (offer.amountOff().compareTo(PurchaseRules.MAX_TOTAL) > 0) {
                    // more than any purchase can be; the database's DECIMAL(12,2) refused it with its own words
                    errors.add(CampaignError.of(CampaignField.AMOUNT, "coupons.error.moneyTooLarge",
                            PurchaseRules.MAX_TOTAL));
                }
            }
            case FREE_ITEM -> {
                if (offer.freeItem().isEmpty()) {
                    errors.add(CampaignError.of(CampaignField.FREE_ITEM, "coupons.error.freeItem"));
                } else if (offer.freeItem().length() > FREE_ITEM_MAX) {
                    errors.add(CampaignError.of(CampaignField.FREE_ITEM, "coupons.error.tooLong", FREE_ITEM_MAX));
                }
            }
        }
    }
}
