package de.stammkunde.domain.customers;

import java.util.Set;

/** An existing customer who looks like the one being entered, and why. */
public record DuplicateCandidate(CustomerListRow existing, Set<DuplicateReason> reasons) {

    public DuplicateCandidate {
        reasons = Set.copyOf(reasons);
    }
}
