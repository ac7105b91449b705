package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A data folder the command cannot use is named with what to do, and nothing is written. */
class DataFolderTest extends CliTest {

    @Test
    void aFileAsDataFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("kunden.txt"), "not a folder");

        assertEquals(ContextCommand.EXIT_BAD_DATA_DIR, run("demo-data", "--customers", "3", "--data-dir", file.toString()));

        assertTrue(err.toString().startsWith(file + " is a file, not a folder. Please give a folder"), err.toString());
        // The folder may come from the environment: the message named only --data-dir, which the user never gave.
        assertTrue(err.toString().contains("STAMMKUNDE_DATA_DIR"), err.toString());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsRefused() throws Exception {
        Path underAFile = Files.writeString(dir.resolve("kunden.txt"), "").resolve("data");

        assertEquals(ContextCommand.EXIT_BAD_DATA_DIR, run("demo-data", "--customers", "3", "--data-dir",
                underAFile.toString()));

        assertTrue(err.toString().startsWith("The data folder " + underAFile + " cannot be created or written."),
                err.toString());
    }

    @Test
    void exportingOrCheckingFromAFolderWithoutDataIsRefusedAndMakesNoFolder() throws Exception {
        Path typo = dir.resolve("stammkunde-dta");

        // It made an empty database there and said "Exported 0 customers", exit code 0.
        assertEquals(ContextCommand.EXIT_BAD_DATA_DIR, run("export-customers", "--out", dir.resolve("k.csv").toString(),
                "--data-dir", typo.toString()));
        assertEquals(ContextCommand.EXIT_BAD_DATA_DIR, run("redeem-check", "ABCD-EFGH-JKL", "--data-dir",
                typo.toString()));

        assertTrue(err.toString().startsWith("There is no Stammkunde data in " + typo + "."), err.toString());
        assertFalse(Files.exists(typo), "no data folder made for a typing slip");
        assertFalse(Files.exists(dir.resolve("k.csv")));
    }

    @Test
    void demoDataIsRefusedForAFolderThatHasCustomersAndChangesNothing() throws Exception {
        Path data = dir.resolve("shop");
        assertEquals(0, run("demo-data", "--customers", "3", "--data-dir", data.toString()));
        err.getBuffer().setLength(0);

        // It added three more, and its autumn campaign booked coupon purchases on the customers there.
        assertEquals(ContextCommand.EXIT_BAD_DATA_DIR, run("demo-data", "--customers", "3", "--data-dir",
                data.toString()));

        assertTrue(err.toString().startsWith("The data folder " + data + " already holds 3 customers."),
                err.toString());
        try (AppContext app = AppContext.open(data, Locale.UK)) {
            assertEquals(3, app.demoData().storedCustomers());
        }
    }

    @Test
    void aDamagedDatabaseFileIsReportedWithoutAStackTrace() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("stammkunde.mv.db"), new byte[4096]);

        assertEquals(CliErrors.EXIT_FAILED, run("redeem-check", "ABCD", "--data-dir", data.toString()));

        assertTrue(err.toString().startsWith("The database in " + data + " cannot be opened"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void dataOfANewerVersionIsRefusedWithWhatToDo() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = AppContext.open(data, Locale.UK)) {
            app.database().jdbi().useHandle(h -> h.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                        "script", "checksum", "installed_by", "execution_time", "success")
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)"""));
        }

        assertEquals(CliErrors.EXIT_FAILED, run("export-customers", "--out", dir.resolve("k.csv").toString(),
                "--data-dir", data.toString()));

        assertEquals("The data in " + data + " was last used by a newer version of Stammkunde. This older version "
                + "cannot open it safely and changed nothing. Please install the newer version.",
                err.toString().strip());
        assertFalse(Files.exists(dir.resolve("k.csv")));
    }

    @Test
    void aWrongOptionIsAnsweredBeforeTheDataFolderIsTouched() {
        Path data = dir.resolve("not-yet");

        assertEquals(2, run("demo-data", "--customers", "0", "--data-dir", data.toString()));
        assertEquals(2, run("export-customers", "--out", dir.resolve("k.csv").toString(), "--columns", "shoeSize",
                "--data-dir", data.toString()));
        assertEquals(2, run("import-customers", dir.resolve("missing.csv").toString(), "--data-dir", data.toString()));
        assertEquals(2, run("redeem-check", "ABCD", "--amount", "zwölf", "--data-dir", data.toString()));

        assertFalse(Files.exists(data), "no data folder made for a typing slip");
    }
}
