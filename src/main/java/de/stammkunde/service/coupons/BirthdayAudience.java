package de.stammkunde.service.coupons;

import java.util.List;

/**
 * The birthday campaign's customers ({@code customerIds}) and how many with a birthday in those days
 * are left out because an earlier birthday campaign gave them a code for this birthday already;
 * {@code anyBirthDate} is false while no current customer has a birth date at all (then more days
 * find nobody either).
 */
public record BirthdayAudience(List<Long> customerIds, int alreadyGiven, boolean anyBirthDate) {

    public BirthdayAudience {
        customerIds = List.copyOf(customerIds);
    }

    /** Found among customers of whom some have a birth date. */
    public BirthdayAudience(List<Long> customerIds, int alreadyGiven) {
        this(customerIds, alreadyGiven, true);
    }
}
