package de.stammkunde.app;

import de.stammkunde.data.DamagedDatabaseException;
import de.stammkunde.data.NewerDataException;
import de.stammkunde.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;

/** Why the database of a data folder cannot be opened, said the same in the window and on the command line. */
public final class OpeningFailures {

    private OpeningFailures() {
    }

    /** For data of a newer Stammkunde or a damaged file (anywhere among the causes): what to do; else empty. */
    public static Optional<String> text(Messages messages, Path dataDir, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
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
