package de.stammkunde.domain.customers;

import java.util.List;
import java.util.Map;

/**
 * One line of the customer list: what the list shows and filters on, and the normalised key it
 * sorts by. Kept in memory for every customer so that searching as you type never waits for the
 * database; the search text lives beside it in the index ({@link SearchableRow}).
 */
public record CustomerListRow(
        long id,
        String number,
        String firstName,
        String lastName,
        String company,
        String postcode,
        String city,
        String phone,
        String mobile,
        String email,
        CustomerStatus status,
        boolean archived,
        int consentBits,
        List<String> tags,
        String sortName) {

    public String displayName() {
        return DisplayNames.of(firstName, lastName, company);
    }

    public boolean hasConsent(ConsentChannel channel) {
        return (consentBits & channel.bit()) != 0;
    }

    public boolean hasTag(String tag) {
        for (String own : tags) {
            if (own.equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    public static CustomerListRow of(Customer c) {
        CustomerDetails d = c.details();
        return new CustomerListRow(c.id(), c.number(), d.firstName(), d.lastName(), d.company(), d.postcode(),
                d.city(), d.phone(), d.mobile(), d.email(), d.status(), c.archived(), consentBits(d.consents()),
                d.tags(), SearchKeys.sortName(d));
    }

    /** The channels with a granted consent as {@link #consentBits}; none for null. */
    private static int consentBits(Map<ConsentChannel, Consent> consents) {
        int bits = 0;
        if (consents != null) {
            for (var e : consents.entrySet()) {
                if (e.getValue().granted()) {
                    bits |= e.getKey().bit();
                }
            }
        }
        return bits;
    }
}
