package de.stammkunde.cli;

import de.stammkunde.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The file an export writes ({@code --out}): checked before the data folder is opened, and why it failed. */
final class OutFile {

    private OutFile() {
    }

    /**
     * 0 for a name a file can be written under, else 2 after saying what is wrong, with {@code exampleName} as
     * a name to give instead.
     */
    static int check(Path out, String exampleName, Messages messages, PrintWriter err) {
        if (Files.isDirectory(out)) {
            err.println(messages.get("cli.export.outIsFolder", out.toString(), out.resolve(exampleName).toString()));
            return 2;
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            // "--out /dev/stdout" printed "Exported 2,000 customers to /dev/stdout" and nothing: the export
            // was moved onto the device's name, and run as root it replaced /dev/stdout with a file.
            err.println(messages.get("cli.export.outIsDevice", out.toString(), exampleName));
            return 2;
        }
        return 0;
    }

    /** Why the file could not be written, as the operating system put it (a read-only disk, a full one …). */
    static String writeFailed(Path out, IOException e, Messages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get("export.accessDenied", out.toString());
        }
        if (e instanceof NoSuchFileException || e instanceof FileAlreadyExistsException) {
            return messages.get("cli.export.noFolder", out.toString());
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.toString();
        return messages.get("cli.export.failed", out.toString(), reason);
    }
}
