package de.stammkunde.domain.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CardHolderTest {

    @Test
    void personIsPrintedFirstNameFirst() {
        assertEquals("Anna Müller", CardHolder.name("Anna", "Müller", "Bäckerei Müller"));
    }

    @Test
    void companyIsPrintedWhenNoPersonIsNamed() {
        assertEquals("Bäckerei Müller", CardHolder.name("", " ", "Bäckerei Müller"));
    }

    @Test
    void lastNameAloneIsPrinted() {
        assertEquals("Müller", CardHolder.name(null, "Müller", ""));
    }
}
