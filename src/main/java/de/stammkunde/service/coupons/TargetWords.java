package de.stammkunde.service.coupons;

import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Whom a campaign is for, in the words of one language: "Kunde 100001", "Suche „müller“, Interesse
 * Fahrrad, Status Aktiv", "Birthday within 14 days". The form stores them with the campaign; the
 * campaign list says them again in the language the app runs in when it shows them.
 */
public final class TargetWords {

    private final Messages messages;

    public TargetWords(Messages messages) {
        this.messages = messages;
    }

    /** The words for {@code target}; for {@link CampaignTarget.Unknown} the words stored with the campaign. */
    public String of(CampaignTarget target, String stored) {
        if (target instanceof CampaignTarget.Everyone) {
            return messages.get("coupons.target.all");
        }
        if (target instanceof CampaignTarget.OneCustomer one) {
            return messages.get("coupons.target.customer", one.customerNumber());
        }
        if (target instanceof CampaignTarget.Picked picked) {
            return messages.get("coupons.target.pickedDescription", picked.count());
        }
        if (target instanceof CampaignTarget.Matching m) {
            return matching(m);
        }
        if (target instanceof CampaignTarget.Birthdays b) {
            return messages.get("coupons.target.birthday", b.days());
        }
        if (target instanceof CampaignTarget.CardSample c) {
            return messages.get("coupons.target.cardSample", c.every());
        }
        return stored == null ? "" : stored;
    }

    /** "Suche „müller, anna“, Interesse Fahrrad, Status Aktiv": the parts the filter has. */
    private String matching(CampaignTarget.Matching m) {
        List<String> parts = new ArrayList<>();
        if (!m.search().isEmpty()) {
            parts.add(messages.get("coupons.target.search", m.search()));
        }
        if (m.tag() != null) {
            parts.add(messages.get("coupons.target.tag", m.tag()));
        }
        if (m.status() != null) {
            parts.add(messages.get("coupons.target.status", messages.get("status." + m.status().name())));
        }
        return parts.isEmpty() ? messages.get("coupons.target.all") : String.join(", ", parts);
    }
}
