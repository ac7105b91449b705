package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileFailuresTest {

    private static final String PART = "/media/stick/.coupons.pdf.3f2a9c1e.part";
    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void aTemporaryFilesPathIsNeverTheReason() {
        assertEquals(messages.get("write.reason.noFolder"),
                FileFailures.writeReason(new NoSuchFileException(PART), messages));
        assertEquals(messages.get("write.reason.denied"),
                FileFailures.writeReason(new AccessDeniedException(PART), messages));
        assertEquals(messages.get("file.reason.other"),
                FileFailures.writeReason(new FileSystemException(PART), messages));
    }

    @Test
    void aFileThatCannotBeReadIsExplainedToo() {
        assertEquals(messages.get("read.reason.gone"),
                FileFailures.readReason(new NoSuchFileException("/media/stick/kunden.csv"), messages));
        assertEquals(messages.get("read.reason.denied"),
                FileFailures.readReason(new AccessDeniedException("/media/stick/kunden.csv"), messages));
    }

    @Test
    void theSystemsOwnWordsAreKeptWithoutThePath() {
        assertEquals("Input/output error",
                FileFailures.writeReason(new FileSystemException(PART, null, "Input/output error"), messages));
        assertEquals("Input/output error", FileFailures.writeReason(new IOException("Input/output error"), messages));
    }

    @Test
    void theCommonReasonsAreInTheUsersLanguage() {
        // Linux says them in English: "kann nicht geschrieben werden (Read-only file system)" on a locked SD card
        Messages german = new Messages(Locale.GERMAN);
        assertEquals("das Laufwerk ist schreibgeschützt",
                FileFailures.writeReason(new FileSystemException(PART, null, "Read-only file system"), german));
        assertEquals("das Laufwerk ist voll",
                FileFailures.writeReason(new FileSystemException(PART, null, "No space left on device"), german));
        assertEquals("das Laufwerk ist voll", FileFailures.writeReason(new IOException("No space left on device"),
                german));
        assertEquals("dort gibt es einen Ordner dieses Namens", FileFailures.writeReason(
                new FileSystemException(PART, "/media/stick/kunden.csv", "Is a directory"), german));
        assertEquals("the drive is full",
                FileFailures.writeReason(new FileSystemException(PART, null, "Disk quota exceeded"), messages));
    }
}
