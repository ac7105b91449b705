package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code import-purchases} as a shop owner or a script runs it (English messages). */
class ImportPurchasesCommandTest extends CliTest {

    private String data() {
        return dir.resolve("data").toString();
    }

    private String file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    @BeforeEach
    void customers() throws Exception {
        assertEquals(0, run("import-customers", file("customers.csv", "Customer number,Last name\nK-1,Berg\nK-2,Kurz\n"),
                "--data-dir", data()));
    }

    private static final String GOOD = "Customer number,Date,Receipt,Amount\nK-1,2024-05-01 10:00,R-1,12.50\n";
    private static final String MIXED = GOOD + "K-9,2024-05-01 11:00,R-2,5.00\nK-2,2024-05-02,R-3,7.00\n";

    @Test
    void invalidRowsAreReportedAndNothingIsImported() throws Exception {
        String in = file("mixed.csv", MIXED);

        assertEquals(CsvImportCommand.EXIT_NOT_IMPORTED, run("import-purchases", in, "--data-dir", data()));

        assertTrue(out.toString().contains("Row 3, column “Customer number”: There is no customer with the number “K-9”."),
                out.toString());
        assertTrue(err.toString().contains("Nothing imported"), err.toString());
        assertEquals(0, run("import-purchases", file("good.csv", GOOD), "--dry-run", "--data-dir", data()));
        assertTrue(out.toString().contains("1 new purchase,"), "R-1 was not stored: " + out);
    }

    @Test
    void skipInvalidImportsTheValidReceipts() throws Exception {
        String in = file("mixed.csv", MIXED);

        assertEquals(0, run("import-purchases", in, "--skip-invalid", "--data-dir", data()));

        assertTrue(out.toString().contains("Imported: 2 purchases"), out.toString());
        assertEquals(CsvImportCommand.EXIT_NOT_IMPORTED, run("import-purchases", file("good.csv", GOOD), "--data-dir",
                data()));
        assertTrue(out.toString().contains("1 left out as stored already"), out.toString());
        assertTrue(err.toString().contains("the file has no new purchases"), err.toString());
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        String in = file("good.csv", GOOD);

        assertEquals(0, run("import-purchases", in, "--dry-run", "--data-dir", data()));
        assertTrue(out.toString().contains("Dry run"), out.toString());

        assertEquals(0, run("import-purchases", in, "--data-dir", data()));
        assertTrue(out.toString().contains("Imported: 1 purchase, 0 replaced, 0 left out as stored already"),
                "the dry run must not have stored R-1: " + out);
    }

    @Test
    void updateReplacesAnImportedReceipt() throws Exception {
        run("import-purchases", file("good.csv", GOOD), "--data-dir", data());

        assertEquals(0, run("import-purchases", file("again.csv", GOOD.replace("12.50", "13.00")), "--on-duplicate",
                "update", "--data-dir", data()));

        assertTrue(out.toString().contains("Replaces the imported receipt R-1 of customer K-1."), out.toString());
        assertTrue(out.toString().contains("1 replaced"), out.toString());
    }

    @Test
    void badOptionsSayWhatIsAllowed() throws Exception {
        String in = file("good.csv", GOOD);
        assertEquals(2, run("import-purchases", in, "--on-duplicate", "merge", "--data-dir", data()));
        assertTrue(err.toString().contains("please use skip, update or create"), err.toString());
        assertEquals(2, run("import-purchases", in, "--encoding", "ebcdic", "--data-dir", data()));
        assertTrue(err.toString().contains("Unknown encoding"), err.toString());
        assertEquals(2, run("import-purchases", dir.resolve("missing.csv").toString(), "--data-dir", data()));
        assertTrue(err.toString().contains("There is no file"), err.toString());
    }

    @Test
    void helpNamesEveryOption() {
        assertEquals(0, run("import-purchases", "--help"));

        for (String option : new String[] {"--data-dir=DIR", "--on-duplicate", "--dry-run", "--skip-invalid",
                "--award-points", "--separator", "--encoding", "till"}) {
            assertTrue(out.toString().contains(option), option + ": " + out);
        }
        assertTrue(!out.toString().contains("!"), "no missing texts: " + out);
        // --encoding was described by "Nothing imported: from the row named above, the file is saved in another
        // encoding …", the message after such an import, which had the same key
        assertTrue(out.toString().replaceAll("\\s+", " ").contains(
                "--encoding=ENC Encoding: utf-8, windows-1252 or utf-16 (default: detected)"), out.toString());
    }
}
