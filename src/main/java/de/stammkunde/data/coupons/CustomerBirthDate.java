package de.stammkunde.data.coupons;

import java.time.LocalDate;

/** A current customer's birth date, for the birthday campaign. */
public record CustomerBirthDate(long id, LocalDate birthDate) {
}
