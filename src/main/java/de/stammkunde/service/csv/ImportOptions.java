package de.stammkunde.service.csv;

/** What to do with a row that matches a known customer, and whether invalid rows may be left out. */
public record ImportOptions(DuplicatePolicy onDuplicate, boolean skipInvalid) {

    /** A row matching a customer who is already there (or an earlier row of the same file). */
    public enum DuplicatePolicy {
        /** Leave the row out; the known customer stays as it is. */
        SKIP,
        /** Fill the row's non-empty values into the known customer; tags and consents are added. */
        UPDATE,
        /** Create a new customer anyway (it can be merged later). */
        CREATE
    }

    public static final ImportOptions DEFAULT = new ImportOptions(DuplicatePolicy.SKIP, false);
}
