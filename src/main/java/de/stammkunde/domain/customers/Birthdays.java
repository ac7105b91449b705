package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.time.MonthDay;

/** Birthdays ahead: across the turn of the year, and for 29 February (celebrated on the 28th in other years). */
public final class Birthdays {

    private Birthdays() {
    }

    /** The next birthday on or after {@code today}. */
    public static LocalDate next(LocalDate birthDate, LocalDate today) {
        MonthDay birthday = MonthDay.from(birthDate);
        LocalDate thisYear = birthday.atYear(today.getYear());
        return thisYear.isBefore(today) ? birthday.atYear(today.getYear() + 1) : thisYear;
    }

    /** True when the next birthday lies between {@code from} and {@code from + days}, both included. */
    public static boolean within(LocalDate birthDate, LocalDate from, int days) {
        return !next(birthDate, from).isAfter(from.plusDays(days));
    }
}
