package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DatabaseClosedException;
import de.stammkunde.service.DiskFullException;
import java.util.Optional;

/**
 * What a screen says when its background work failed for no reason of the user's: in general
 * "please try again", but for a full drive what to do about it, since trying again cannot help.
 */
public final class ErrorTexts {

    private ErrorTexts() {
    }

    /**
     * For a failure that found the data folder's drive full, or the database closed after one: what to
     * do; else empty.
     */
    public static Optional<String> whenRetryCannotHelp(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DiskFullException full) {
                return Optional.of(messages.get("error.diskFull", full.folder().toString()));
            }
            if (t instanceof DatabaseClosedException) {
                return Optional.of(messages.get("error.databaseClosed"));
            }
        }
        return Optional.empty();
    }

    /** "The database does not answer as expected, please try again", or what to do when that cannot help. */
    public static String database(Throwable error, Messages messages) {
        return whenRetryCannotHelp(error, messages).orElseGet(() -> messages.get("error.database"));
    }

    /** "That did not work: …, please try again" with the failure's own words, or what to do when that cannot help. */
    public static String unexpected(Throwable error, Messages messages) {
        return whenRetryCannotHelp(error, messages).orElseGet(() -> messages.get("error.unexpected", words(error)));
    }

    /** The failure's own words: its message, else its cause's, else at least what kind it is (not "null"). */
    private static String words(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }
}
