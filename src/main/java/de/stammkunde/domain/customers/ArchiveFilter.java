package de.stammkunde.domain.customers;

/** Which customers a list shows with respect to archiving. */
public enum ArchiveFilter {
    ACTIVE_ONLY, ARCHIVED_ONLY, ALL;

    public boolean accepts(boolean archived) {
        return switch (this) {
            case ACTIVE_ONLY -> !archived;
            case ARCHIVED_ONLY -> archived;
            case ALL -> true;
        };
    }
}
