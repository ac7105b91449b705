package de.stammkunde.service.csv;

import java.util.List;

/**
 * A column an import understands: the header names it is recognised by (German and English, as
 * other programs and people write them) and the bundle key of its label in the mapping box.
 */
public interface ImportColumn {

    String labelKey();

    List<String> aliases();

    /** Whether the user may map a file column to it (some columns are only written by an export). */
    default boolean importable() {
        return true;
    }
}
