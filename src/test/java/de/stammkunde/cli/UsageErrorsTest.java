package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A mistyped command line gets one sentence in the user's language and where the help is, exit code 2. */
class UsageErrorsTest extends CliTest {

    private int runInGerman(String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            return run(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onATurkishOrFrenchSystemTheCommandLineWorksInEnglish() {
        for (Locale system : List.of(Locale.forLanguageTag("tr-TR"), Locale.FRANCE, Locale.forLanguageTag("pl"))) {
            Locale.setDefault(system);

            // It failed with "MissingResourceException: Can't find bundle for base name
            // de.stammkunde.i18n.messages, locale tr_TR" and a stack trace, for every command.
            assertEquals(2, run("demo-data", "--customers", "abc", "--data-dir", dir.toString()), system.toString());

            assertTrue(err.toString().startsWith("“abc” is not a whole number"), err.toString());
        }
        Locale.setDefault(Locale.UK);
    }

    @Test
    void aMissingOptionIsNamedInGerman() {
        assertEquals(2, runInGerman("demo-data", "--data-dir", dir.toString()));

        assertEquals("Bitte --customers=N angeben.\nHilfe: stammkunde demo-data --help", err.toString().strip());
    }

    @Test
    void aValueThatIsNoNumberIsToldInGerman() {
        assertEquals(2, runInGerman("demo-data", "--customers", "abc", "--data-dir", dir.toString()));

        assertTrue(err.toString().startsWith("„abc“ ist keine ganze Zahl; bitte bei --customers eine Zahl"), err.toString());
        assertFalse(err.toString().contains("Usage"), err.toString());
    }

    @Test
    void aNumberTooLargeForItsOptionIsToldSoNotAsNoNumber() {
        assertEquals(2, runInGerman("demo-data", "--customers", "5", "--purchases", "99999999999999999999",
                "--data-dir", dir.toString()));

        assertTrue(err.toString().startsWith("99999999999999999999 ist für --purchases zu groß; bitte eine kleinere "
                + "Zahl"), err.toString());
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals(2, run("frobnicate"));

        assertTrue(err.toString().startsWith("Unknown command “frobnicate”. The commands are: demo-data, "),
                err.toString());
        assertFalse(err.toString().contains("Did you mean"), err.toString());
    }

    @Test
    void aMistypedRequiredOptionIsNamedAsMistypedNotAsMissing() {
        // It said "Please give --out=FILE." to someone who had typed "--ouput x.csv".
        assertEquals(2, run("export-customers", "--ouput", "x.csv", "--data-dir", dir.toString()));

        assertTrue(err.toString().startsWith("Unknown option “--ouput”.\nDid you mean: --out?"), err.toString());

        assertEquals(2, run("export-customers", "x.csv", "--data-dir", dir.toString()));
        assertTrue(err.toString().startsWith("Please give --out=FILE."), err.toString());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertEquals(2, run("export-customers", "--out", "x.csv", "--archive", "--data-dir", dir.toString()));

        assertTrue(err.toString().contains("Unknown option “--archive”.\nDid you mean: --archived?"),
                err.toString());
    }

    @Test
    void anEmptyFolderOrFileNameIsRefused() {
        // A script's unset variable in --data-dir "$DIR" meant the current folder: demo-data filled it,
        // the other commands looked for data there. "--out ''" was answered with " is a folder."
        assertEquals(2, run("redeem-check", "ABCD", "--data-dir", ""));
        assertEquals("The name given for --data-dir is empty (is a variable in the script empty?). Please give the"
                + " folder or file name after --data-dir.\nHelp: stammkunde redeem-check --help", err.toString().strip());

        assertEquals(2, run("--data-dir", " ", "export-customers", "--out", "x.csv"));
        assertTrue(err.toString().startsWith("The name given for --data-dir is empty"), err.toString());

        assertEquals(2, runInGerman("export-customers", "--out", "", "--data-dir", dir.toString()));
        assertTrue(err.toString().startsWith("Der Name bei --out ist leer (ist eine Variable im Skript leer?)."),
                err.toString());

    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        assertEquals(2, run("demo-data", "--customers", "3", "--customers", "4", "--data-dir", dir.toString()));

        assertTrue(err.toString().startsWith("Please give --customers=N only once."), err.toString());
    }

    @Test
    void helpIsHeadedInGerman() {
        assertEquals(0, runInGerman("--help"));

        assertTrue(out.toString().startsWith("Aufruf: stammkunde"), out.toString());
    }

    @Test
    void helpNamesACommandsHelp() {
        // "stammkunde help" and "stammkunde help import-customers" were answered with "Unknown command “help”".
        assertEquals(0, runInGerman("help"));
        assertTrue(out.toString().startsWith("Aufruf: stammkunde"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\n  help +Zeigt die Hilfe zu einem Befehl\\..*"), out.toString());

        assertEquals(0, runInGerman("help", "import-customers"));
        assertTrue(out.toString().startsWith("Aufruf: stammkunde import-customers"), out.toString());

        assertEquals(2, runInGerman("help", "frobnicate"));
        assertTrue(err.toString().startsWith("Unbekannter Befehl „frobnicate“. Die Befehle sind: demo-data, "),
                err.toString());
    }

    @Test
    void everyCommandShowsTheVersionItsHelpOffers() {
        for (String command : List.of("demo-data", "export-customers", "export-customer-data", "import-customers",
                "import-purchases", "redeem-check")) {
            // Each command's help lists "-V, --version  Show the version and exit."; it printed nothing.
            assertEquals(0, run(command, "--version"), command);

            assertEquals("Stammkunde " + Version.current(), out.toString().strip(), command);
        }
    }

    @Test
    void aFailingCommandSaysSoWithoutAStackTrace() {
        StringWriter failure = new StringWriter();
        CommandLine command = StammkundeCommand.commandLine(new StammkundeCommand()).setErr(new PrintWriter(failure, true));

        int exit = new CliErrors(new Messages(Locale.UK)).handleExecutionException(
                new IllegalStateException("disk on fire"), command, null);

        assertEquals(CliErrors.EXIT_FAILED, exit);
        assertTrue(failure.toString().startsWith("That did not work: disk on fire\nThe details are in the log file"),
                failure.toString());
    }
}
