package de.stammkunde.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SideBySideEditsTest {

    private static final CustomerDetails BASE = Customers.anna();

    @Test
    void eachFieldTakesTheEditThatChangedIt() {
        CustomerDetails mine = BASE.toBuilder().city("Bonn").notes("Mag Dinkel").build();
        CustomerDetails theirs = BASE.toBuilder().phone("0221 999999").status(CustomerStatus.LOST).build();

        CustomerDetails combined = SideBySideEdits.combine(BASE, mine, theirs).orElseThrow();

        assertEquals(BASE.toBuilder().city("Bonn").notes("Mag Dinkel").phone("0221 999999")
                .status(CustomerStatus.LOST).build(), combined);
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        CustomerDetails both = BASE.toBuilder().email("anna@example.org").build();

        assertEquals(Optional.of(both), SideBySideEdits.combine(BASE, both, both));
    }

    @Test
    void oneFieldChangedDifferentlyOnBothSidesHasNoAnswer() {
        assertTrue(SideBySideEdits.combine(BASE, BASE.toBuilder().city("Bonn").build(),
                BASE.toBuilder().city("Berlin").build()).isEmpty());
        assertTrue(SideBySideEdits.combine(BASE, BASE.toBuilder().birthDate(null).build(),
                BASE.toBuilder().birthDate(LocalDate.of(1980, 5, 18)).build()).isEmpty());
    }

    @Test
    void eachConsentChannelIsAFieldOfItsOwn() {
        Consent post = new Consent(true, LocalDate.of(2026, 11, 1), "Theke");
        Consent noEmail = new Consent(false, LocalDate.of(2026, 11, 2), "Anruf");
        CustomerDetails mine = BASE.toBuilder().consent(ConsentChannel.POST, post).build();
        CustomerDetails theirs = BASE.toBuilder().consent(ConsentChannel.EMAIL, noEmail).build();

        CustomerDetails combined = SideBySideEdits.combine(BASE, mine, theirs).orElseThrow();

        assertEquals(Map.of(ConsentChannel.EMAIL, noEmail, ConsentChannel.POST, post), combined.consents());
    }
}
