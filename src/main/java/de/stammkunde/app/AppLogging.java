package de.stammkunde.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Writes the log into the data folder (five files of 1 MB, rotating), where support can find it. */
public final class AppLogging {

    private static boolean installed;

    /**
     * The libraries' loggers with a level of our own, held here: Java keeps a logger only as long as someone
     * does, and a level set on one nobody held was gone with the next garbage collection (Flyway's "Migrating
     * schema …" stood in the log though quieted).
     */
    private static final List<Logger> QUIETED = List.of(
            quiet("com.zaxxer.hikari", Level.WARNING),
            quiet("org.flywaydb", Level.WARNING),
            // "Using fallback font LiberationSans for base font Helvetica" three times per PDF saved, a warning that
            // warns of nothing: the PDF names Helvetica, and every PDF viewer has it
            quiet("org.apache.pdfbox.pdmodel.font.PDType1Font", Level.SEVERE));

    private AppLogging() {
    }

    /**
     * For a command: the log file as in the window (none for a null folder), the terminal only gets warnings
     * (the output is the command's), and no stack traces: the command says what went wrong, the log file has
     * the details.
     */
    public static synchronized void forCommandLine(Path dataDirectory) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.WARNING);
                handler.setFilter(AppLogging::forTerminal);
                handler.setFormatter(TERMINAL);
            }
        }
        if (dataDirectory != null) {
            toDataDirectory(dataDirectory);
        }
    }

    /**
     * One line per note, "WARNUNG: …" in a German terminal: Java's own format put the date, the class and the
     * method on a line above it ("Nov 24, 2026 2:01:39 PM de.stammkunde.data.Database dropBrokenOffSetUp").
     */
    static final Formatter TERMINAL = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return record.getLevel().getLocalizedName() + ": " + formatMessage(record) + System.lineSeparator();
        }
    };

    /**
     * Neither stack traces nor Flyway's own words: above the command's "could not bring the data up to this
     * version; it is as it was", a failed update printed "SEVERE: Migration of schema "PUBLIC" to version 8
     * failed! Please restore backups and roll back database and code!".
     */
    static boolean forTerminal(LogRecord record) {
        return record.getThrown() == null
                && (record.getLoggerName() == null || !record.getLoggerName().startsWith("org.flywaydb"));
    }

    public static synchronized void toDataDirectory(Path dataDirectory) {
        if (installed) {
            return;
        }
        try {
            Path logs = Files.createDirectories(dataDirectory.resolve("logs"));
            FileHandler handler = fileHandler(logs);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            installed = true;
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file in " + dataDirectory, e);
        }
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /** The loggers quieted, as they are now (for the tests). */
    static List<Logger> quieted() {
        return QUIETED;
    }

    /**
     * A log file that cannot be written (its drive full) is left at that: Java's own report put
     * "java.util.logging.ErrorManager: 2" and a stack trace into a command's output, above the
     * plain message that says what to do.
     */
    static FileHandler fileHandler(Path logs) throws IOException {
        FileHandler handler = new FileHandler(logs.resolve("stammkunde.%g.log").toString(), 1_000_000, 5, true);
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        handler.setErrorManager(new ErrorManager() {
            @Override
            public void error(String message, Exception e, int code) {
                // nowhere to tell it: the log is what failed
            }
        });
        return handler;
    }
}
