package de.stammkunde.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthdaysTest {

    @ParameterizedTest(name = "born {0}, today {1}: next {2}")
    @CsvSource({
        "1980-05-17, 2026-05-17, 2026-05-17",   // today
        "1980-05-17, 2026-05-16, 2026-05-17",   // tomorrow
        "1980-05-17, 2026-05-18, 2027-05-17",   // just passed: next year
        "1990-01-02, 2026-12-30, 2027-01-02",   // across the turn of the year
        "2000-02-29, 2027-02-01, 2027-02-28",   // no 29 February in 2027
        "2000-02-29, 2028-02-01, 2028-02-29",   // but in 2028
        "2000-02-29, 2027-03-01, 2028-02-29",
    })
    void theNextBirthday(LocalDate born, LocalDate today, LocalDate next) {
        assertEquals(next, Birthdays.next(born, today));
    }

    @ParameterizedTest(name = "born {0}, from {1}")
    @CsvSource({"1990-11-25, 2026-11-22", "1990-11-22, 2026-11-22", "1990-11-28, 2026-11-22", "1990-01-03, 2026-12-28"})
    void withinTheNextSixDays(LocalDate born, LocalDate from) {
        assertTrue(Birthdays.within(born, from, 6));
    }

    @ParameterizedTest(name = "born {0}, from {1}")
    @CsvSource({"1990-11-29, 2026-11-22", "1990-11-21, 2026-11-22", "1990-01-04, 2026-12-28"})
    void notWithinTheNextSixDays(LocalDate born, LocalDate from) {
        assertFalse(Birthdays.within(born, from, 6));
    }
}
