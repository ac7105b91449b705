package de.stammkunde.domain.coupons;

import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Text;

/**
 * Whom a campaign was made for, as facts rather than words, so the campaign list says it in the
 * language the app runs in now. Stored in the campaign's {@code target_*} columns; {@link Unknown}
 * for a shared code (it is for whoever has it) and for campaigns whose stored words were not
 * recognised when the columns came: those show their words as they were stored.
 */
public sealed interface CampaignTarget {

    Unknown UNKNOWN = new Unknown();

    /** The longest search text kept, as the stored words are cut at {@link CampaignDraft#TARGET_MAX}. */
    int SEARCH_MAX = CampaignDraft.TARGET_MAX;
    /** As long as a tag's name can be. */
    int TAG_MAX = 60;
    /** As long as a customer number can be. */
    int NUMBER_MAX = 20;

    /** What the {@code target_kind} column holds; null for {@link Unknown}. */
    String kind();

    /**
     * Everyone the customer list shows for this search text, tag and status (each may be missing);
     * with none of them all current customers.
     */
    static CampaignTarget matching(String search, String tag, CustomerStatus status) {
        String s = search == null ? "" : Text.cut(Text.withoutNul(search).strip(), SEARCH_MAX);
        String t = tag == null || tag.isBlank() ? null : Text.cut(tag.strip(), TAG_MAX);
        return s.isEmpty() && t == null && status == null ? new Everyone() : new Matching(s, t, status);
    }

    /** Who the form's "All customers with" found with no search, tag or status: all current customers. */
    record Everyone() implements CampaignTarget {
        @Override
        public String kind() {
            return "ALL";
        }
    }

    /** One customer, by the number the form was given. */
    record OneCustomer(String customerNumber) implements CampaignTarget {
        public OneCustomer {
            customerNumber = customerNumber == null ? "" : Text.cut(customerNumber.strip(), NUMBER_MAX);
        }

        @Override
        public String kind() {
            return "ONE_CUSTOMER";
        }
    }

    /** The customers selected in the customer list, {@code count} of them. */
    record Picked(int count) implements CampaignTarget {
        @Override
        public String kind() {
            return "PICKED";
        }
    }

    /**
     * Everyone a customer-list filter showed: a search text ("" for none; commas and quotes in it are
     * just text), a tag and a status (null for none). Made through {@link CampaignTarget#matching}.
     */
    record Matching(String search, String tag, CustomerStatus status) implements CampaignTarget {
        public Matching {
            search = search == null ? "" : search;
        }

        @Override
        public String kind() {
            return "FILTER";
        }
    }

    /** The birthday campaign: whose birthday is within the next {@code days} days. */
    record Birthdays(int days) implements CampaignTarget {
        @Override
        public String kind() {
            return "BIRTHDAY";
        }
    }

    /** One in {@code every} card holders (the demo data's autumn campaign). */
    record CardSample(int every) implements CampaignTarget {
        @Override
        public String kind() {
            return "CARD_SAMPLE";
        }
    }

    /** Not known as facts: a shared code, or words stored before targets were (see the stored words). */
    record Unknown() implements CampaignTarget {
        @Override
        public String kind() {
            return null;
        }
    }
}
