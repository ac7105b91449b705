package de.stammkunde.data;

import java.nio.file.Path;

/**
 * The database could not be brought up to this version (a full drive, a file that could not be
 * copied first); it is as it was before the update, or its copy beside it is put back at the next start.
 */
public class UpdateFailedException extends RuntimeException {

    private final transient Path dataDirectory;
    private final long roomNeeded;

    public UpdateFailedException(Path dataDirectory, Throwable cause) {
        super("The database in " + dataDirectory + " could not be updated: " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
        this.roomNeeded = 0;
    }

    /** Not begun: the drive has less than {@code roomNeeded} bytes free for the copy made first. */
    public UpdateFailedException(Path dataDirectory, long roomNeeded) {
        super("The database in " + dataDirectory + " was not updated: its copy needs " + roomNeeded
                + " bytes free on the drive");
        this.dataDirectory = dataDirectory;
        this.roomNeeded = roomNeeded;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The free bytes the update needs before it begins; 0 when it failed for another reason. */
    public long roomNeeded() {
        return roomNeeded;
    }
}
