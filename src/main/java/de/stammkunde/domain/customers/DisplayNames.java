package de.stammkunde.domain.customers;

/** How a customer's name reads in lists, panels and messages. */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** "Müller, Anna"; "Müller"; "Bäckerei Schmidt" when only the company is known. */
    public static String of(String firstName, String lastName, String company) {
        if (!lastName.isEmpty()) {
            return firstName.isEmpty() ? lastName : lastName + ", " + firstName;
        }
        if (!company.isEmpty()) {
            return company;
        }
        return firstName;
    }
}
