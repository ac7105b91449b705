package de.stammkunde.domain.customers;

/**
 * The normalised columns stored beside each customer. The list search, the SQL export and the
 * duplicate check all read these, so they agree on what "the same" and "matches" mean.
 */
public final class SearchKeys {

    /** Separates the fields in {@link #searchText}, so that a search never matches across two fields. */
    public static final char SEPARATOR = '|';

    /**
     * The widths of {@code customer.name_key}, {@code sort_name} and {@code search_text}. A folded name
     * can be twice as long as the name ("Ä" → "ae"): the longest names with umlauts failed every save
     * and import with a database error. A key is cut to its column; in the search text each name is
     * cut to {@link #SEARCH_NAME}, so that the e-mail, the phone numbers and the number after it stay.
     */
    static final int NAME_KEY = 300;
    static final int SORT_NAME = 400;
    static final int SEARCH_NAME = 200;

    private SearchKeys() {
    }

    /** Sort order of the list: last name, first name, then company — all folded. */
    public static String sortName(CustomerDetails d) {
        return sortName(d.firstName(), d.lastName(), d.company());
    }

    public static String sortName(String firstName, String lastName, String company) {
        if (lastName.isEmpty()) {
            return Text.cut(Text.fold(company + " " + firstName).strip(), SORT_NAME);
        }
        return Text.cut(Text.fold(lastName + " " + firstName + " " + company).strip(), SORT_NAME);
    }

    /** Name key for the "same name and birth date or postcode" duplicate rule. */
    public static String nameKey(CustomerDetails d) {
        return nameKey(d.firstName(), d.lastName(), d.company());
    }

    public static String nameKey(String firstName, String lastName, String company) {
        if (lastName.isEmpty()) {
            return Text.cut(Text.fold(company), NAME_KEY);
        }
        return Text.cut(Text.fold(lastName + " " + firstName), NAME_KEY);
    }

    /** All searchable values of a customer, folded, in one string: "|mueller|anna|…|100023|". */
    public static String searchText(String number, CustomerDetails d) {
        StringBuilder text = new StringBuilder(96).append(SEPARATOR);
        append(text, Text.cut(Text.fold(d.lastName()), SEARCH_NAME));
        append(text, Text.cut(Text.fold(d.firstName()), SEARCH_NAME));
        append(text, Text.cut(Text.fold(d.company()), SEARCH_NAME));
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
