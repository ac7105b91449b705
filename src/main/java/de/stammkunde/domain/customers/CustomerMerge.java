package de.stammkunde.domain.customers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a customer looks like after another one was merged into it: nothing either of them knew is
 * lost. The kept customer's values win; its blanks are filled from the other; tags are united,
 * notes joined, for each consent channel the latest answer counts, and an active customer stays active.
 */
public final class CustomerMerge {

    private CustomerMerge() {
    }

    public static CustomerDetails combine(CustomerDetails keep, CustomerDetails other, String otherNumber) {
        CustomerDetails.Builder b = keep.toBuilder();
        if (keep.gender() == Gender.UNKNOWN) {
            b.gender(other.gender());
        }
        b.firstName(first(keep, other, CustomerDetails::firstName))
                .lastName(first(keep, other, CustomerDetails::lastName))
                .company(first(keep, other, CustomerDetails::company))
                .phone(first(keep, other, CustomerDetails::phone))
                .mobile(first(keep, other, CustomerDetails::mobile))
                .email(first(keep, other, CustomerDetails::email))
                .occupation(first(keep, other, CustomerDetails::occupation));
        if (keep.street().isEmpty() && keep.postcode().isEmpty() && keep.city().isEmpty()) {
            // An address is taken as a whole, never street from one and city from the other.
            b.street(other.street()).postcode(other.postcode()).city(other.city()).country(other.country());
        }
        if (keep.birthDate() == null) {
            b.birthDate(other.birthDate());
        }
        b.notes(joinNotes(keep.notes(), other.notes(), otherNumber));
        if (keep.status() == CustomerStatus.POTENTIAL || other.status() == CustomerStatus.ACTIVE) {
            // the other's purchases come along: one who bought lately makes the kept customer active
            b.status(other.status());
        }
        List<String> tags = new ArrayList<>(keep.tags());
        tags.addAll(other.tags());
        b.tags(tags);
        Map<ConsentChannel, Consent> consents = new EnumMap<>(ConsentChannel.class);
        for (ConsentChannel channel : ConsentChannel.values()) {
            Consent latest = Consent.latest(keep.consents().get(channel), other.consents().get(channel));
            if (latest != null) {
                consents.put(channel, latest);
            }
        }
        return b.consents(consents).build();
    }

    private static String first(CustomerDetails keep, CustomerDetails other, Function<CustomerDetails, String> field) {
        String own = field.apply(keep);
        return own.isEmpty() ? field.apply(other) : own;
    }

    private static String joinNotes(String keep, String other, String otherNumber) {
        if (other.isEmpty() || keep.contains(other)) {
            return keep;
        }
        String marked = "[" + otherNumber + "] " + other;
        return keep.isEmpty() ? marked : keep + "\n" + marked;
    }
}
