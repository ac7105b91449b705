package de.stammkunde.service.coupons;

import java.time.LocalDate;
import java.time.MonthDay;

/** Whether a birthday falls in a window of days, across the turn of the year and for 29 February. */
final class Birthdays {

    private Birthdays() {
    }

    /**
     * True when the birthday's anniversary lies between {@code from} and {@code from + days} (both
     * included). Someone born on 29 February celebrates on 28 February in other years.
     */
    static boolean within(LocalDate birthDate, LocalDate from, int days) {
        LocalDate to = from.plusDays(days);
        MonthDay birthday = MonthDay.from(birthDate);
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate anniversary = birthday.atYear(year);
            if (!anniversary.isBefore(from) && !anniversary.isAfter(to)) {
                return true;
            }
        }
        return false;
    }
}
