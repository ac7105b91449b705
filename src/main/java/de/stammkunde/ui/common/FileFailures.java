package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file the user chose could not be written or read, in words for the messages "… cannot be
 * written ({reason}). Please choose another folder …" and "The file cannot be read ({reason}) …".
 * The exception's own message is often only a path, and for writing that of the temporary file a
 * document is written through first ({@code /media/stick/.coupons.pdf.3f2a….part}): it told the
 * user nothing.
 */
public final class FileFailures {

    private FileFailures() {
    }

    public static String writeReason(Throwable error, Messages messages) {
        if (error instanceof AccessDeniedException) {
            return messages.get("write.reason.denied");
        }
        if (error instanceof NoSuchFileException || error instanceof NotDirectoryException
                || error instanceof FileAlreadyExistsException) {
            // The folders on the way are made as needed; so one could not be made or reached.
            return messages.get("write.reason.noFolder");
        }
        String reason = systemReason(error, messages);
        // Linux and macOS give their words in English whatever the user's language; Windows in theirs.
        return switch (reason) {
            case "Read-only file system" -> messages.get("write.reason.readOnly");
            case "No space left on device", "Disk quota exceeded" -> messages.get("write.reason.full");
            case "Is a directory" -> messages.get("write.reason.isFolder");
            default -> reason;
        };
    }

    public static String readReason(Throwable error, Messages messages) {
        if (error instanceof AccessDeniedException) {
            return messages.get("read.reason.denied");
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("read.reason.gone");
        }
        return systemReason(error, messages);
    }

    /** The system's own words ("Input/output error", on Windows in the user's language), without the path. */
    private static String systemReason(Throwable error, Messages messages) {
        if (error instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : messages.get("file.reason.other");
        }
        return error.getMessage() != null ? error.getMessage() : messages.get("file.reason.other");
    }
}
