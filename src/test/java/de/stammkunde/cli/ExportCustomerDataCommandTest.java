package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code export-customer-data}: a customer's copy of their data (GDPR) from the command line, in English. */
class ExportCustomerDataCommandTest extends CliTest {

    private String anna;
    private String annaBefore;

    /** Anna, and the record she had before it was merged into her. */
    @BeforeEach
    void customers() {
        try (AppContext app = AppContext.open(dir, Locale.UK)) {
            Customer a = app.customers().create(CustomerDetails.builder().firstName("Anna").lastName("Berg").build());
            Customer old = app.customers().create(CustomerDetails.builder().firstName("Anna").lastName("Stein").build());
            app.customers().merge(a.id(), old.id());
            anna = a.number();
            annaBefore = old.number();
        }
    }

    @Test
    void writesTheZipAndSaysWhatIsInIt() throws IOException {
        Path zip = dir.resolve("copy.zip");

        assertEquals(0, run("export-customer-data", anna, "--out", zip.toString(), "--data-dir", dir.toString()));

        assertEquals("All data stored about Berg, Anna (" + anna + ") is in " + zip.toAbsolutePath()
                + ": 2 rows in nine CSV files.", out.toString().strip());
        try (ZipFile files = new ZipFile(zip.toFile())) {
            String customer = new String(files.getInputStream(files.getEntry("Customer.csv")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(customer.contains(anna + ",not given,Anna,Berg,"), customer);
            assertTrue(customer.contains(annaBefore + ","), "the record merged into hers: " + customer);
        }
    }

    @Test
    void theNumberOfAMergedRecordGivesTheCopyOfTheCustomerItWentInto() {
        Path zip = dir.resolve("copy.zip");

        assertEquals(0, run("export-customer-data", annaBefore, "--out", zip.toString(), "--data-dir", dir.toString()));

        assertTrue(out.toString().startsWith(annaBefore + " was merged into " + anna + ": the copy is of " + anna),
                out.toString());
        assertTrue(Files.exists(zip));
    }

    @Test
    void anUnknownNumberAnEmptyOneAndAFolderAreRefusedWithNoFile() throws IOException {
        Path zip = dir.resolve("copy.zip");

        assertEquals(2, run("export-customer-data", "999", "--out", zip.toString(), "--data-dir", dir.toString()));
        assertEquals("There is no customer with the number 999.", err.toString().strip());

        assertEquals(2, run("export-customer-data", " ", "--out", zip.toString(), "--data-dir", dir.toString()));
        assertTrue(err.toString().startsWith("Please give the customer number"), err.toString());

        Path folder = Files.createDirectory(dir.resolve("out"));
        assertEquals(2, run("export-customer-data", anna, "--out", folder.toString(), "--data-dir", dir.toString()));
        assertTrue(err.toString().startsWith(folder + " is a folder."), err.toString());

        assertFalse(Files.exists(zip));
    }
}
