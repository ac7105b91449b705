package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file the user chose could not be written, in words for the message "… cannot be written
 * ({reason}). Please choose another folder …". The exception's own message is often only a path,
 * and that of the temporary file a document is written through first
 * ({@code /media/stick/.coupons.pdf.3f2a….part}), which told the user nothing.
 */
public final class WriteFailures {

    private WriteFailures() {
    }

    public static String reason(Throwable error, Messages messages) {
        if (error instanceof AccessDeniedException) {
            return messages.get("write.reason.denied");
        }
        if (error instanceof NoSuchFileException || error instanceof NotDirectoryException
                || error instanceof FileAlreadyExistsException) {
            // The folders on the way are made as needed; so one could not be made or reached.
            return messages.get("write.reason.noFolder");
        }
        if (error instanceof FileSystemException fs) {
            // The system's own words ("No space left on device", "Read-only file system"), without the path.
            return fs.getReason() != null ? fs.getReason() : messages.get("write.reason.other");
        }
        return error.getMessage() != null ? error.getMessage() : messages.get("write.reason.other");
    }
}
