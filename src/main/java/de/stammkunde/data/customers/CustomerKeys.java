package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.SearchKeys;
import de.stammkunde.domain.customers.Text;

/** The normalised columns written beside a customer's fields, computed in one place. */
public record CustomerKeys(String emailNorm, String phoneDigits, String mobileDigits, String nameKey,
        String sortName, String searchText) {

    public static CustomerKeys of(String number, CustomerDetails d) {
        return new CustomerKeys(Text.emailKey(d.email()), Text.phoneDigits(d.phone()), Text.phoneDigits(d.mobile()),
                SearchKeys.nameKey(d), SearchKeys.sortName(d), SearchKeys.searchText(number, d));
    }
}
