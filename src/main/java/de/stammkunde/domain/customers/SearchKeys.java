package de.stammkunde.domain.customers;

/**
 * The normalised columns stored beside each customer. The list search, the SQL export and the
 * duplicate check all read these, so they agree on what "the same" and "matches" mean.
 */
public final class SearchKeys {

    /** Separates the fields in {@link #searchText}, so that a search never matches across two fields. */
    public static final char SEPARATOR = '|';

    private SearchKeys() {
    }

    /** Sort order of the list: last name, first name, then company — all folded. */
    public static String sortName(CustomerDetails d) {
        return sortName(d.firstName(), d.lastName(), d.company());
    }

    public static String sortName(String firstName, String lastName, String company) {
        if (lastName.isEmpty()) {
            return Text.fold(company + " " + firstName).strip();
        }
        return Text.fold(lastName + " " + firstName + " " + company).strip();
    }

    /** Name key for the "same name and birth date or postcode" duplicate rule. */
    public static String nameKey(CustomerDetails d) {
        return nameKey(d.firstName(), d.lastName(), d.company());
    }

    public static String nameKey(String firstName, String lastName, String company) {
        if (lastName.isEmpty()) {
            return Text.fold(company);
        }
        return Text.fold(lastName + " " + firstName);
    }

    /** All searchable values of a customer, folded, in one string: "|mueller|anna|…|100023|". */
    public static String searchText(String number, CustomerDetails d) {
        StringBuilder text = new StringBuilder(96).append(SEPARATOR);
        append(text, Text.fold(d.lastName()));
        append(text, Text.fold(d.firstName()));
        append(text, Text.fold(d.company()));
        append(text, Text.emailKey(d.email()));
        append(text, Text.phoneDigits(d.phone()));
        append(text, Text.phoneDigits(d.mobile()));
        append(text, number);
        return text.toString();
    }

    private static void append(StringBuilder text, String value) {
        if (!value.isEmpty()) {
            text.append(value.replace(SEPARATOR, ' ')).append(SEPARATOR);
        }
    }
}
