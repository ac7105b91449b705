package de.stammkunde.app;

import de.stammkunde.data.DamagedDatabaseException;
import de.stammkunde.data.NewerDataException;
import de.stammkunde.data.UpdateFailedException;
import de.stammkunde.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;

/** Why the database of a data folder cannot be opened, said the same in the window and on the command line. */
public final class OpeningFailures {

    /** As file managers count them. */
    private static final long MEGABYTE = 1_000_000;

    private OpeningFailures() {
    }

    /**
     * For data of a newer Stammkunde, a damaged file or an update that failed (anywhere among the causes):
     * what to do; else empty. {@code driveFull}: the failure found the data folder's drive full.
     */
    public static Optional<String> text(Messages messages, Path dataDir, Throwable error, boolean driveFull) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UpdateFailedException failed) {
                if (failed.roomNeeded() > 0) {
                    return Optional.of(messages.get("startup.updateNoRoom", dataDir.toString(),
                            (failed.roomNeeded() + MEGABYTE - 1) / MEGABYTE));
                }
                // "Nothing was saved; your data is as it was": true, the file was put back as it was before
                return Optional.of(driveFull ? messages.get("error.diskFull", dataDir.toString())
                        : messages.get("startup.updateFailed", dataDir.toString()));
            }
            if (t instanceof NewerDataException) {
                return Optional.of(messages.get("startup.newer", dataDir.toString()));
            }
            if (t instanceof DamagedDatabaseException damaged) {
                // not moved: the next start refuses it again, it does not start empty
                return Optional.of(damaged.setAside()
                        ? messages.get("startup.damaged", damaged.file().toString(), damaged.keptAs().toString())
                        : messages.get("startup.damagedInPlace", damaged.file().toString()));
            }
        }
        return Optional.empty();
    }
}
