package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command-line import and export, as a shop owner or a script runs them (English messages). */
class CsvCommandsTest extends CliTest {

    private Path data() {
        return dir.resolve("data");
    }

    /** The data folder with a database (and no customers), as an export needs one. */
    private Path shop() {
        AppContext.open(data(), Locale.UK).close();
        return data();
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("in.csv"), text, StandardCharsets.UTF_8);
    }

    private List<String> exported() throws Exception {
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("export-customers", "--data-dir", data().toString(), "--out", csv.toString(),
                "--columns", "lastName,email", "--separator", "tab"));
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    @Test
    void aColumnNamedTwiceIsExportedOnce() throws Exception {
        Path csv = dir.resolve("twice.csv");

        assertEquals(0, run("export-customers", "--data-dir", shop().toString(), "--out", csv.toString(),
                "--columns", "lastName,email,lastName", "--separator", "tab"));

        assertEquals("\uFEFFLast name\tEmail", Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
    }

    @Test
    void invalidRowsAreReportedAndNothingIsImported() throws Exception {
        Path in = file("Last name,Email\nBerg,berg@example.com\nKurz,kurz(at)example.com\n");

        int exit = run("import-customers", in.toString(), "--data-dir", data().toString());

        assertEquals(ImportCustomersCommand.EXIT_NOT_IMPORTED, exit);
        assertTrue(out.toString().contains("Row 3, column “Email”: This is not a valid email address"), out.toString());
        assertTrue(err.toString().contains("Nothing imported"), err.toString());
        assertEquals(List.of("\uFEFFLast name\tEmail"), exported(), "the database is still empty");
    }

    @Test
    void aSeparatorOtherThanTheFilesIsNamedWhenNoColumnIsRecognised() throws Exception {
        // Before: "a needed column is not recognised", and the user looked at the header's names.
        Path in = file("Nachname;E-Mail\nBerg;berg@example.com\n");

        int exit = run("import-customers", in.toString(), "--separator", ",", "--data-dir", data().toString());

        assertEquals(ImportCustomersCommand.EXIT_NOT_IMPORTED, exit);
        assertTrue(err.toString().contains("The file seems to use \";\" as its separator, not \",\": please leave out"
                + " --separator or give --separator \";\"."), err.toString());
        assertEquals(0, run("import-customers", in.toString(), "--data-dir", data().toString()), "detected: imported");
    }

    @Test
    void skipInvalidImportsTheValidRows() throws Exception {
        Path in = file("Last name,Email\nBerg,berg@example.com\nKurz,kurz(at)example.com\n");

        assertEquals(0, run("import-customers", in.toString(), "--skip-invalid", "--data-dir", data().toString()));

        // One of each was "1 new customers, … 1 invalid rows left out", and "Exported 1 customers".
        assertTrue(out.toString().contains("Imported: 1 new customer, 0 updated, 0 duplicates left out, 1 invalid row "
                + "left out."), out.toString());
        assertEquals(List.of("\uFEFFLast name\tEmail", "Berg\tberg@example.com"), exported());
        assertTrue(out.toString().contains("Exported 1 customer to "), out.toString());
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path in = file("Last name\nBerg\n");

        assertEquals(0, run("import-customers", in.toString(), "--dry-run", "--data-dir", shop().toString()));

        assertTrue(out.toString().contains("1 row: 1 new, no updates"), out.toString());
        assertEquals(1, exported().size());
    }

    @Test
    void aDryRunIntoAFolderWithoutDataChecksTheFileAndLeavesNoFolderBehind() throws Exception {
        // Before, it said "nothing was written" and had made the folder and an empty database in it.
        Path in = file("Last name,Email\nBerg,berg@example.com\nBerg,BERG@example.com\n");
        Path none = dir.resolve("neuer-laden");

        assertEquals(0, run("import-customers", in.toString(), "--dry-run", "--data-dir", none.toString()));

        assertTrue(out.toString().contains("2 rows: 1 new"), out.toString());
        assertFalse(Files.exists(none), "the folder named is not made");
    }

    @Test
    void duplicatesAreUpdatedWhenAsked() throws Exception {
        run("import-customers", file("Last name,Email\nBerg,berg@example.com\n").toString(), "--data-dir",
                data().toString());
        Path again = file("Last name,Email,City\nBerg,BERG@example.com,Hamburg\n");

        assertEquals(0, run("import-customers", again.toString(), "--on-duplicate", "update", "--data-dir",
                data().toString()));

        assertEquals(List.of("\uFEFFLast name\tEmail", "Berg\tBERG@example.com"), exported());
    }

    @Test
    void anUpdateKeepsWhatTheFileLeavesEmptyAddsANewNoteAndKeepsADatedConsent() throws Exception {
        run("import-customers", file("Last name,Email,Phone,Notes,Consent email\n"
                + "Berg,berg@example.com,030 1234567,Prefers mornings,yes 2024-01-05 shop form\n").toString(),
                "--data-dir", data().toString());
        Path again = file("Last name,Email,Phone,Notes,Consent email\nBerg,berg@example.com,,Allergic to nuts,no\n");

        assertEquals(0, run("import-customers", again.toString(), "--on-duplicate", "update", "--data-dir",
                data().toString()));

        assertTrue(out.toString().contains("Email consent of customer 100001 stays “yes” (since 5 Jan 2024): "
                + "the file’s “no” has no later date."), out.toString());
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("export-customers", "--data-dir", data().toString(), "--out", csv.toString(),
                "--columns", "phone,notes,consentEmail", "--separator", "tab"));
        assertEquals("\uFEFFPhone\tNotes\tEmail consent\n030 1234567\t\"Prefers mornings\nAllergic to nuts\"\t"
                + "yes 2024-01-05 shop form",
                Files.readString(csv, StandardCharsets.UTF_8).strip().replace("\r\n", "\n"));
    }

    @Test
    void badOptionsSayWhatIsAllowed() throws Exception {
        Path in = file("Last name\nBerg\n");
        assertEquals(2, run("import-customers", in.toString(), "--on-duplicate", "merge", "--data-dir",
                data().toString()));
        assertTrue(err.toString().contains("please use skip, update or create"), err.toString());
        assertEquals(2, run("import-customers", dir.resolve("missing.csv").toString(), "--data-dir", data().toString()));
        assertTrue(err.toString().contains("There is no file"), err.toString());
        assertEquals(2, run("export-customers", "--out", dir.resolve("x.csv").toString(), "--columns", "shoeSize",
                "--data-dir", data().toString()));
        assertTrue(err.toString().contains("Unknown column “shoeSize”"), err.toString());
        assertEquals(2, run("export-customers", "--out", dir.resolve("x.csv").toString(), "--separator", "|",
                "--data-dir", data().toString()));
        assertTrue(err.toString().contains("Unknown separator"), err.toString());
    }

    @Test
    void anExportIntoAFolderAsksForAFileName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));

        assertEquals(2, run("export-customers", "--out", folder.toString(), "--data-dir", data().toString()));

        assertTrue(err.toString().startsWith(folder + " is a folder. Please give a file name with --out, e.g. "
                + folder.resolve("customers-")), err.toString());
        assertEquals(List.of(), Files.list(folder).toList());
    }

    @Test
    void anExportOntoADeviceIsRefusedAndLeavesItsNameAlone() throws Exception {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
        // As /dev/stdout is; the link, not /dev/null itself, is what a wrong move would replace.
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), device);

        // It printed "Exported 3 customers to …/out.csv" and had moved the file onto the link (as root onto
        // /dev/stdout itself), exporting nothing where the script looked for it.
        assertEquals(2, run("export-customers", "--out", link.toString(), "--data-dir", shop().toString()));

        assertTrue(err.toString().startsWith(link + " is not a file but a device or a pipe; an export cannot be"
                + " written to it. Please give a file name with --out, e.g. customers-"), err.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("", out.toString());
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoWithoutAStackTrace() throws Exception {
        Path underAFile = file("not a folder").resolve("out.csv");

        assertEquals(1, run("export-customers", "--out", underAFile.toString(), "--data-dir", shop().toString()));

        assertEquals("Cannot write " + underAFile + ": the folder does not exist, or part of the path is a file."
                + " Please choose another folder.", err.toString().strip());
    }

    @Test
    void aFolderGivenAsTheFileToImportIsNamedAsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));

        assertEquals(2, run("import-customers", folder.toString(), "--data-dir", data().toString()));

        assertTrue(err.toString().startsWith(folder + " is a folder. Please give the CSV file in it"), err.toString());
    }

    @Test
    void anEmptyFileArgumentAsksForTheFileNotForOneInTheCurrentFolder() throws Exception {
        // Found by CliArgumentsFuzzTest: "" (an unset variable in a script) was the current folder, and the
        // answer was " is a folder. Please give the CSV file in it, e.g. /customers.csv."
        for (String command : List.of("import-customers", "import-purchases")) {
            assertEquals(2, run(command, "", "--data-dir", data().toString()));

            assertEquals("Please give FILE.\nHelp: stammkunde " + command + " --help", err.toString().strip());
        }
    }

    @Test
    void aUtf8FileForcedToWindows1252IsRefusedWithWhatItWouldBecome() throws Exception {
        Path in = file("Nachname;Vorname\nMüller;Hans\n");

        // It imported "MÃ¼ller" without a word.
        assertEquals(2, run("import-customers", in.toString(), "--encoding", "windows-1252", "--data-dir",
                data().toString()));

        assertEquals("The file is saved in UTF-8: read as windows-1252, “ü” would become “Ã¼”. Please leave out"
                + " --encoding, or give --encoding utf-8. Nothing was imported.", err.toString().strip());
        assertFalse(Files.exists(data()), "refused before the data folder is touched");

        assertEquals(0, run("import-customers", in.toString(), "--encoding", "utf-8", "--data-dir",
                data().toString()));
        Path ascii = file("Nachname;Vorname\nMuller;Hans\n");
        assertEquals(0, run("import-customers", ascii.toString(), "--encoding", "windows-1252", "--dry-run",
                "--data-dir", data().toString()));
        assertEquals(List.of("\uFEFFLast name\tEmail", "Müller\t"), exported());
    }

    @Test
    void anEmptyFileIsNotAnsweredWithSkipInvalid() throws Exception {
        Path empty = file("");

        assertEquals(1, run("import-customers", empty.toString(), "--skip-invalid", "--data-dir", data().toString()));

        assertTrue(out.toString().contains("The file is empty."), out.toString());
        assertEquals("Nothing imported: the file cannot be imported as it is. Please correct it as described above.",
                err.toString().strip());
    }

    @Test
    void aFileWithAHeaderAndNoRowsSaysSo() throws Exception {
        // It said "the file has no new customers", as for a list of customers all known already.
        Path in = file("Last name,Email\r\n,\r\n");

        assertEquals(1, run("import-customers", in.toString(), "--dry-run", "--data-dir", data().toString()));

        assertEquals("Nothing imported: the file has a header row but no rows below it.", err.toString().strip());
        assertTrue(out.toString().contains("No rows: 0 new"), out.toString());
    }

    @Test
    void excelsSeparatorLineAndATitleAboveTheHeaderAreImportedWithTheirRowsCountedAsLines() throws Exception {
        Path in = file("sep=;\r\nKundenliste;;\r\n;;\r\nNachname;Vorname;;\r\nBerg;Anna;;\r\nKurz;Karl\r\n");

        assertEquals(0, run("import-customers", in.toString(), "--data-dir", data().toString()));

        assertTrue(out.toString().contains("Row 4: Taken as the header row"), out.toString());
        assertTrue(out.toString().contains("Imported: 2 new customers"), out.toString());
    }

    @Test
    void aFileInAnotherEncodingIsToldToGiveItWithTheEncodingOption() throws Exception {
        Path in = Files.write(dir.resolve("ansi.csv"), "Last name\nMüller\n".getBytes(CsvFormat.WINDOWS_1252));

        assertEquals(1, run("import-customers", in.toString(), "--encoding", "utf-8", "--data-dir", data().toString()));

        // It said "Please choose the other encoding." above "Please correct it as described above.": there is
        // nothing to choose on the command line.
        assertTrue(out.toString().contains("Row 2: The file is not readable as UTF-8"), out.toString());
        assertTrue(err.toString().contains("--encoding"), err.toString());
    }

    @Test
    void aHeaderWithoutANameColumnAsksToNameItNotToSkipRows() throws Exception {
        Path in = file("City,Postcode\nBerlin,10115\n");

        assertEquals(1, run("import-customers", in.toString(), "--data-dir", data().toString()));

        assertTrue(err.toString().startsWith("Nothing imported: a column that is needed was not recognised. Please "
                + "name it in the file’s header"), err.toString());
        assertTrue(out.toString().contains("1 row: 0 new, no updates, 0 left out as duplicates, 1 with errors."),
                out.toString());
    }

    @Test
    void onlyInvalidRowsWithSkipInvalidLeaveNothingNew() throws Exception {
        Path in = file("Last name,Email\nKurz,kurz(at)example.com\n");

        assertEquals(1, run("import-customers", in.toString(), "--skip-invalid", "--data-dir", data().toString()));

        assertEquals("Nothing imported: the file has no new customers.", err.toString().strip());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo-data", "export-customers", "import-customers")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().contains("--data-dir=DIR"), command + ": " + out);
            assertTrue(!out.toString().contains("!"), "no missing texts: " + out);
        }
    }

    @Test
    void demoDataRefusesNaNPurchasesPerCustomer() {
        assertEquals(2, run("demo-data", "--customers", "3", "--purchases-per-customer", "NaN", "--data-dir",
                data().toString()));

        assertTrue(err.toString().contains("Please give between 0 and 500 for --purchases-per-customer."),
                err.toString());
    }

    @Test
    void demoDataSaysHowManyPurchasesInAllItTakesAndHowManyCustomers() {
        // It said "Please give between 0 and 500 purchases per customer." to --purchases, which counts all.
        assertEquals(2, run("demo-data", "--customers", "100", "--purchases", "100000", "--data-dir",
                data().toString()));
        assertEquals("Please give between 0 and 50,000 for --purchases: at most 500 purchases per customer, for 100"
                + " customers.", err.toString().strip());

        assertEquals(2, run("demo-data", "--customers", "-5", "--data-dir", data().toString()));
        assertEquals("Please give between 1 and 1,000,000 for --customers.", err.toString().strip());
        // It said "too large; please give a smaller number such as 500", leaving the limit a guess.
        assertEquals(2, run("demo-data", "--customers", "99999999999", "--data-dir", data().toString()));
        assertEquals("Please give between 1 and 1,000,000 for --customers.", err.toString().strip());
        assertFalse(Files.exists(data()), "no data folder made for a refused run");
    }

    @Test
    void theDataFolderMayAlsoComeBeforeTheCommand() throws Exception {
        assertEquals(0, run("--data-dir", data().toString(), "demo-data", "--customers", "3"));
        assertEquals(4, exported().size());
    }

    @Test
    void bulkCommandsLeaveACompactDatabaseFile() throws Exception {
        Path plain = dir.resolve("plain");
        long purchases;
        try (AppContext app = AppContext.open(plain, Locale.UK)) {
            app.demoData().create(1000, 5, 2, Progress.NONE);
            purchases = app.purchases().count();
        }
        Path compacted = dir.resolve("compacted");
        assertEquals(0, run("demo-data", "--customers", "1000", "--seed", "5", "--purchases-per-customer", "2",
                "--data-dir", compacted.toString()));
        assertTrue(out.toString().contains("Compacting the database file"), out.toString());

        long written = Files.size(plain.resolve(Database.FILE_NAME + ".mv.db"));
        long after = Files.size(compacted.resolve(Database.FILE_NAME + ".mv.db"));
        assertTrue(after < written * 3 / 4, "compacted " + after + " bytes, without compacting " + written);
        try (AppContext app = AppContext.open(compacted, Locale.UK)) {
            assertEquals(1000, (int) app.database().jdbi().withHandle(
                    h -> h.createQuery("SELECT count(*) FROM customer").mapTo(Integer.class).one()));
            assertEquals(purchases, app.purchases().count(), "the same data as without compacting");
        }
    }
}
