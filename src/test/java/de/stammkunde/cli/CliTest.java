package de.stammkunde.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line as a shop owner or a script does, in English, and keeps what it printed. */
abstract class CliTest {

    private static Locale before;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    /** One command; {@link #out} and {@link #err} then hold what this run printed. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return StammkundeCommand.commandLine(new StammkundeCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }
}
