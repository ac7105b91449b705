package de.stammkunde.domain.customers;

import java.util.List;

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
        int bits = 0;
        for (ConsentChannel channel : ConsentChannel.values()) {
            if (d.hasConsent(channel)) {
                bits |= channel.bit();
            }
        }
        return new CustomerListRow(c.id(), c.number(), d.firstName(), d.lastName(), d.company(), d.postcode(),
                d.city(), d.phone(), d.mobile(), d.email(), d.status(), c.archived(), bits, d.tags(),
                SearchKeys.sortName(d));
    }
}
