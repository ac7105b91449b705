package de.stammkunde.service.coupons;

import java.util.List;

/**
 * The birthday campaign's customers ({@code customerIds}) and how many with a birthday in those days
 * are left out because an earlier birthday campaign gave them a code for this birthday already.
 */
public record BirthdayAudience(List<Long> customerIds, int alreadyGiven) {

    public BirthdayAudience {
        customerIds = List.copyOf(customerIds);
    }
}
