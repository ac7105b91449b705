package de.stammkunde.data;

import java.nio.file.Path;

/**
 * The database could not be brought up to this version (a full drive, a file that could not be
 * copied first); it is as it was before the update, or its copy beside it is put back at the next start.
 */
public class UpdateFailedException extends RuntimeException {

    private final transient Path dataDirectory;

    public UpdateFailedException(Path dataDirectory, Throwable cause) {
        super("The database in " + dataDirectory + " could not be updated: " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
