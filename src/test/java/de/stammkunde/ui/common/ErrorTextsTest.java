package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DiskFullException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {

    private final Messages messages = new Messages(Locale.GERMAN);

    @Test
    void aFullDriveSaysWhatToDoInsteadOfTryAgain() {
        DiskFullException full = new DiskFullException(Path.of("/daten"), new SQLException("General error"));

        String text = ErrorTexts.database(new RuntimeException(full), messages);

        assertEquals(messages.get("error.diskFull", "/daten"), text);
        assertTrue(text.contains("Platz schaffen"), text);
        assertEquals(text, ErrorTexts.unexpected(full, messages));
        assertEquals(Optional.of(text), ErrorTexts.diskFull(full, messages));
    }

    @Test
    void anyOtherFailureSaysTryAgain() {
        RuntimeException other = new IllegalStateException("Timeout trying to lock table");

        assertEquals(messages.get("error.database"), ErrorTexts.database(other, messages));
        assertEquals(messages.get("error.unexpected", "Timeout trying to lock table"),
                ErrorTexts.unexpected(other, messages));
        assertEquals(Optional.empty(), ErrorTexts.diskFull(other, messages));
    }
}
