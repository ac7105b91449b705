package de.stammkunde.service;

import java.nio.file.Path;

/**
 * A write to the database that failed because the drive of the data folder is full: nothing of it
 * was saved. Made from the database's own error (see {@link DiskSpace}), which says so only in the
 * system's words ("No space left on device") deep inside "General error: MVStoreException …".
 */
public final class DiskFullException extends RuntimeException {

    private final transient Path folder;

    public DiskFullException(Path folder, Throwable cause) {
        super("The drive of " + folder + " is full", cause);
        this.folder = folder;
    }

    /** The data folder whose drive is full. */
    public Path folder() {
        return folder;
    }
}
