package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DatabaseClosedException;
import de.stammkunde.service.DiskFullException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ConcurrentModificationException;
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
        assertEquals(Optional.of(text), ErrorTexts.whenRetryCannotHelp(full, messages));
    }

    @Test
    void aDatabaseThatClosedItselfAsksForARestartNotToTryAgain() {
        // After a write to a full drive H2 closes the database: every later try said "please try again".
        String text = ErrorTexts.database(new DatabaseClosedException(new SQLException("closed", "90098")), messages);

        assertEquals(messages.get("error.databaseClosed"), text);
        assertTrue(text.contains("neu starten"), text);
    }

    @Test
    void anyOtherFailureSaysTryAgain() {
        RuntimeException other = new IllegalStateException("Timeout trying to lock table");

        assertEquals(messages.get("error.database"), ErrorTexts.database(other, messages));
        assertEquals(messages.get("error.unexpected", "Timeout trying to lock table"),
                ErrorTexts.unexpected(other, messages));
        assertEquals(Optional.empty(), ErrorTexts.whenRetryCannotHelp(other, messages));
    }

    @Test
    void aFailureWithoutWordsOfItsOwnIsNotCalledNull() {
        // "Das hat nicht geklappt: null" before.
        assertEquals(messages.get("error.unexpected", "Datei gesperrt"),
                ErrorTexts.unexpected(new IllegalStateException(null, new IllegalStateException("Datei gesperrt")),
                        messages));
        assertEquals(messages.get("error.unexpected", "ConcurrentModificationException"),
                ErrorTexts.unexpected(new ConcurrentModificationException(), messages));
    }
}
