package de.stammkunde.data;

import java.nio.file.Path;

/**
 * The database file is there but cannot be read as what Stammkunde wrote (cut short by a full disk
 * or a copy that broke off, overwritten in part): it must not be taken for a new, empty database.
 */
public class DamagedDatabaseException extends RuntimeException {

    private final transient Path file;
    private final transient Path keptAs;

    /** {@code keptAs}: where the damaged file was set aside, or {@code file} where that failed. */
    public DamagedDatabaseException(Path file, Path keptAs, Throwable cause) {
        super("The database file " + file + " is damaged; kept as " + keptAs, cause);
        this.file = file;
        this.keptAs = keptAs;
    }

    public Path file() {
        return file;
    }

    public Path keptAs() {
        return keptAs;
    }

    /** Whether the file was moved to {@link #keptAs()}; false: it is still where it was (a read-only medium). */
    public boolean setAside() {
        return !file.equals(keptAs);
    }
}
