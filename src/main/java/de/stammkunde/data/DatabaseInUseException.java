package de.stammkunde.data;

import java.nio.file.Path;

/** Another Stammkunde already has this data folder open; we must not touch its files. */
public class DatabaseInUseException extends RuntimeException {

    private final transient Path dataDirectory;

    public DatabaseInUseException(Path dataDirectory, Throwable cause) {
        super("The database in " + dataDirectory + " is in use by another Stammkunde", cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
