package de.stammkunde.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A search text that found nobody, turned into the new customer's first fields. */
class TypedCustomerTest {

    @ParameterizedTest(name = "\"{0}\" → first \"{1}\", last \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "Anna Müller|Anna|Müller",
        "Müller, Anna|Anna|Müller",
        "Müller|''|Müller",
        "anna maria müller-lüdenscheidt|Anna Maria|Müller-Lüdenscheidt",
        "hans von der heide|Hans|von der Heide",
        "Ludwig van Beethoven|Ludwig|van Beethoven",
        "  Jörg   Kühn |Jörg|Kühn",
        "McDonald, ronald|ronald|McDonald",
    })
    void aNameGoesIntoFirstAndLastName(String typed, String first, String last) {
        CustomerDetails d = TypedCustomer.from(typed);

        assertEquals(first, d.firstName());
        assertEquals(last, d.lastName());
        assertEquals("", d.email());
    }

    @Test
    void anEmailAddressGoesIntoEmail() {
        CustomerDetails d = TypedCustomer.from(" anna.mueller@example.com ");

        assertEquals("anna.mueller@example.com", d.email());
        assertEquals("", d.lastName());
    }

    @ParameterizedTest(name = "\"{0}\" → phone \"{1}\", mobile \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "0176 6749211|''|0176 6749211",
        "+49 171 2345678|''|+49 171 2345678",
        "030 1234567|030 1234567|''",
        "(0221) 12 34 56|(0221) 12 34 56|''",
    })
    void aPhoneNumberGoesIntoPhoneOrMobile(String typed, String phone, String mobile) {
        CustomerDetails d = TypedCustomer.from(typed);

        assertEquals(phone, d.phone());
        assertEquals(mobile, d.mobile());
        assertEquals("", d.lastName());
    }

    @ParameterizedTest(name = "\"{0}\" gives an empty form")
    @CsvSource(delimiter = '|', value = {"''", "2900000000012", "123", "K-17 Meier", "ÄB2C-DEFG"})
    void anythingElseGivesAnEmptyForm(String typed) {
        CustomerDetails d = TypedCustomer.from(typed);

        assertEquals(CustomerDetails.builder().build(), d);
    }
}
