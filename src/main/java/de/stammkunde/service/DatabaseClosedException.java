package de.stammkunde.service;

/**
 * The database closed itself after a failure it could not recover from (a write to a full drive):
 * nothing more can be read or saved until Stammkunde is started again. What was saved before is
 * in the file.
 */
public final class DatabaseClosedException extends RuntimeException {

    public DatabaseClosedException(Throwable cause) {
        super("The database has been closed", cause);
    }
}
