package de.stammkunde.domain.cards;

/** The name printed on a card: as one says it ("Anna Müller"), the company only when no person is named. */
public final class CardHolder {

    private CardHolder() {
    }

    public static String name(String firstName, String lastName, String company) {
        String person = (blankToEmpty(firstName) + " " + blankToEmpty(lastName)).strip();
        return person.isEmpty() ? blankToEmpty(company) : person;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
