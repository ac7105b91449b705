package de.stammkunde.domain.customers;

import java.time.LocalDate;
import java.util.List;

/** Test customers. */
public final class Customers {

    private Customers() {
    }

    public static CustomerDetails anna() {
        return CustomerDetails.builder()
                .gender(Gender.FEMALE).firstName("Anna").lastName("Müller").street("Lindenstraße 4")
                .postcode("50667").city("Köln").phone("0221 123456").mobile("0171 2345678")
                .email("anna.mueller@example.de").birthDate(LocalDate.of(1980, 5, 17))
                .notes("Mag Vollkornbrot").status(CustomerStatus.ACTIVE).tags(List.of("Vollkorn", "Kaffee"))
                .consent(ConsentChannel.EMAIL, new Consent(true, LocalDate.of(2024, 3, 1), "Formular im Laden"))
                .build();
    }

    public static CustomerDetails named(String firstName, String lastName) {
        return CustomerDetails.builder().firstName(firstName).lastName(lastName).build();
    }
}
