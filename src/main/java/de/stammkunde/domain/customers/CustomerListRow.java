package de.stammkunde.domain.customers;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    public CustomerListRow withStatus(CustomerStatus newStatus) {
        return new CustomerListRow(id, number, firstName, lastName, company, postcode, city, phone, mobile, email,
                newStatus, archived, consentBits, tags, sortName);
    }

    public static CustomerListRow of(Customer c) {
        return of(c.id(), c.number(), c.details(), c.archived(), SearchKeys.sortName(c.details()));
    }

    /** The row of a customer just written with these details, without reading it back. */
    public static CustomerListRow of(long id, String number, CustomerDetails d, boolean archived, String sortName) {
        return new CustomerListRow(id, number, d.firstName(), d.lastName(), d.company(), d.postcode(),
                d.city(), d.phone(), d.mobile(), d.email(), d.status(), archived, consentBits(d.consents()),
                d.tags(), sortName);
    }

    /** The same row with these tags, each text through {@code share} (one string for a value many rows have). */
    public CustomerListRow sharing(UnaryOperator<String> share, List<String> tags) {
        return new CustomerListRow(id, number, share.apply(firstName), share.apply(lastName), share.apply(company),
                share.apply(postcode), share.apply(city), phone, mobile, email, status, archived, consentBits, tags,
                sortName);
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
