package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.stammkunde.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WriteFailuresTest {

    private static final String PART = "/media/stick/.coupons.pdf.3f2a9c1e.part";
    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void aTemporaryFilesPathIsNeverTheReason() {
        assertEquals(messages.get("write.reason.noFolder"),
                WriteFailures.reason(new NoSuchFileException(PART), messages));
        assertEquals(messages.get("write.reason.denied"),
                WriteFailures.reason(new AccessDeniedException(PART), messages));
        assertEquals(messages.get("write.reason.other"),
                WriteFailures.reason(new FileSystemException(PART), messages));
    }

    @Test
    void theSystemsOwnWordsAreKeptWithoutThePath() {
        assertEquals("No space left on device",
                WriteFailures.reason(new FileSystemException(PART, null, "No space left on device"), messages));
        assertEquals("No space left on device",
                WriteFailures.reason(new IOException("No space left on device"), messages));
    }
}
