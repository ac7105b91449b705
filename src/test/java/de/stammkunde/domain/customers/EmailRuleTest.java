package de.stammkunde.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailRuleTest {

    private static boolean valid(String email) {
        return CustomerRules.checkEmail(email).isEmpty();
    }

    @Test
    void aGermanDomainWithUmlautsIsAnAddress() {
        // "This is not a valid e-mail address" stood beside the customer's real address.
        assertEquals(true, valid("info@bäckerei-müller.de"));
        assertEquals(true, valid("anna@grüße.example.com"));
    }

    @Test
    void typingSlipsAreStillCaught() {
        assertEquals(Optional.of(FieldError.of(CustomerField.EMAIL, "validation.email.invalid")),
                CustomerRules.checkEmail("anna@@example.com"));
        assertEquals(false, valid("jürgen@gmx.de"));
        assertEquals(false, valid("anna@example"));
        assertEquals(false, valid("anna@example.c"));
        assertEquals(false, valid("anna@-example.com"));
        assertEquals(false, valid("anna example@example.com"));
        assertEquals(true, valid("anna.mueller+shop@example.co.uk"));
    }
}
