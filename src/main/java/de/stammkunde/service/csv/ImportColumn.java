package de.stammkunde.service.csv;

import java.util.List;

/**
 * A column an import understands: the header names it is recognised by (German and English, as
 * other programs and people write them) and the bundle key of its label in the mapping box.
 */
public interface ImportColumn {

    String labelKey();

    List<String> aliases();

    /**
     * Header names that mean this column only when no header of {@link #aliases} does, e.g. a
     * business address beside a private one in an address book's export, or "Name" beside "Last name".
     */
    default List<String> fallbackAliases() {
        return List.of();
    }

    /** Whether the user may map a file column to it (some columns are only written by an export). */
    default boolean importable() {
        return true;
    }
}
