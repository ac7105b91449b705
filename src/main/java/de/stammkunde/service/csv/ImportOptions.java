package de.stammkunde.service.csv;

/**
 * What to do with a row that matches what is stored already, whether invalid rows may be left out,
 * and (purchases only) whether imported purchases earn loyalty points.
 */
public record ImportOptions(DuplicatePolicy onDuplicate, boolean skipInvalid, boolean awardPoints) {

    /** A row matching a customer (or purchase) that is already there, or an earlier row of the same file. */
    public enum DuplicatePolicy {
        /** Leave the row out; what is stored stays as it is. */
        SKIP,
        /** Customers: fill the row's non-empty values in. Purchases: replace an imported purchase. */
        UPDATE,
        /** Create it anyway (a customer can be merged later). */
        CREATE
    }

    public static final ImportOptions DEFAULT = new ImportOptions(DuplicatePolicy.SKIP, false);

    public ImportOptions(DuplicatePolicy onDuplicate, boolean skipInvalid) {
        this(onDuplicate, skipInvalid, false);
    }
}
