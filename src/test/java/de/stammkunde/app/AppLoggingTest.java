package de.stammkunde.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLoggingTest {

    @Test
    void aLogFileThatCannotBeWrittenPutsNoStackTraceIntoTheOutput(@TempDir Path logs) throws Exception {
        FileHandler handler = AppLogging.fileHandler(logs);
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            // as the handler reports a write to a full drive
            handler.getErrorManager().error(null, new IOException("No space left on device"),
                    ErrorManager.WRITE_FAILURE);
        } finally {
            System.setErr(err);
            handler.close();
        }

        // It printed "java.util.logging.ErrorManager: 2" and "java.io.IOException: No space left on device" with
        // its stack trace above the command's own message.
        assertEquals("", said.toString(StandardCharsets.UTF_8));
    }
}
