package de.stammkunde.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Whether a failed write ran out of disk space. The system says so in its own language ("No space
 * left on device", "Auf dem Datenträger ist nicht genügend Speicherplatz vorhanden") and H2 wraps it
 * ("General error: MVStoreException: Writing to …FileChannelImpl@d221cc9 failed"), so the free space
 * of the folder's drive decides: a failure of the database or of a file with less than
 * {@link #LOW_BYTES} left there.
 */
public final class DiskSpace {

    /** H2 writes in pieces of some megabytes; a bulk write needs far more than this. */
    static final long LOW_BYTES = 64L * 1024 * 1024;

    private DiskSpace() {
    }

    public static boolean ranOut(Throwable error, Path folder) {
        return wrote(error) && ranOut(error, usable(folder));
    }

    static boolean ranOut(Throwable error, long usableBytes) {
        return wrote(error) && usableBytes >= 0 && usableBytes < LOW_BYTES;
    }

    /** Whether the database reported {@code error} (H2, Jdbi or JDBC), not a file of its own. */
    public static boolean isDatabaseError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.h2.")
                    || t.getClass().getName().startsWith("org.jdbi.")) {
                return true;
            }
        }
        return false;
    }

    /** A failure of the database or of a file. */
    private static boolean wrote(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return isDatabaseError(error);
    }

    /** The usable bytes on the drive of {@code folder} (or of its nearest existing parent); -1 unknown. */
    private static long usable(Path folder) {
        try {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
