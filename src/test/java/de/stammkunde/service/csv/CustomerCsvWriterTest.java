package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.domain.customers.SortKey;
import de.stammkunde.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerCsvWriterTest {

    /** Saves the customers (as 100001, 100002, …) and writes them as the export reads them back. */
    private static String write(char separator, List<CustomerColumn> columns, CustomerDetails... customers)
            throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Database db = TestDatabases.h2();
                CustomerCsvWriter writer = new CustomerCsvWriter(out, separator, columns, new Messages(Locale.GERMAN))) {
            db.jdbi().useTransaction(h -> {
                CustomerDao dao = h.attach(CustomerDao.class);
                for (CustomerDetails details : customers) {
                    dao.insert(new NewCustomer(dao.allocateNumbers(1).get(0), details, false, at));
                }
                dao.forEachCustomerRow(CustomerQuery.all().withSort(SortKey.NUMBER, true), true, true, writer::write);
            });
        }
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark, so that Excel reads umlauts right");
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    @Test
    void germanHeadersCrlfAndIsoDates() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("Müller").firstName("Jörg")
                .birthDate(LocalDate.of(1980, 5, 17)).build();
        String csv = write(';', List.of(CustomerColumn.NUMBER, CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME,
                CustomerColumn.BIRTH_DATE, CustomerColumn.CREATED_AT), d);
        assertEquals("Kundennummer;Nachname;Vorname;Geburtsdatum;Angelegt\r\n"
                + "100001;Müller;Jörg;1980-05-17;2026-01-02 03:04:05\r\n", csv);
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("Meier; Schulze").notes("sagt \"Hallo\"\nzweite Zeile")
                .build();
        String csv = write(';', List.of(CustomerColumn.LAST_NAME, CustomerColumn.NOTES), d);
        assertTrue(csv.endsWith("\"Meier; Schulze\";\"sagt \"\"Hallo\"\"\nzweite Zeile\"\r\n"), csv);
    }

    @Test
    void cellsThatLookLikeFormulasGetAnApostrophe() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("=HYPERLINK(\"http://x\")").company("@SUM(A1)")
                .phone("+49 171 1234567").notes("-5 Punkte").occupation("\tTab").build();
        String csv = write(',', List.of(CustomerColumn.LAST_NAME, CustomerColumn.COMPANY, CustomerColumn.PHONE,
                CustomerColumn.NOTES), d);
        String row = csv.split("\r\n")[1];
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'+49 171 1234567,'-5 Punkte", row);
        assertEquals("'\tTab", CustomerCsvWriter.neutralise("\tTab"));
        assertEquals("'\rx", CustomerCsvWriter.neutralise("\rx"));
        assertEquals("Müller", CustomerCsvWriter.neutralise("Müller"));
    }

    @Test
    void labelsTagsAndConsentsAreWrittenForEachCustomerFromTheTablesThatHoldThem() throws Exception {
        CustomerDetails anna = CustomerDetails.builder().lastName("Adler").gender(Gender.FEMALE)
                .status(CustomerStatus.ACTIVE).tags(List.of("Kaffee", "Bio"))
                .consents(Map.of(ConsentChannel.EMAIL, new Consent(true, LocalDate.of(2025, 3, 1), "Formular"),
                        ConsentChannel.SMS, new Consent(false, LocalDate.of(2025, 4, 2), "")))
                .build();
        CustomerDetails bernd = CustomerDetails.builder().lastName("Berg").build();
        String csv = write(';', List.of(CustomerColumn.LAST_NAME, CustomerColumn.GENDER, CustomerColumn.STATUS,
                CustomerColumn.TAGS, CustomerColumn.CONSENT_EMAIL, CustomerColumn.CONSENT_POST,
                CustomerColumn.CONSENT_SMS), anna, bernd);
        String[] rows = csv.split("\r\n");
        assertEquals("Adler;Frau;Aktiv;Kaffee, Bio;ja 2025-03-01 Formular;;nein 2025-04-02", rows[1]);
        assertEquals("Berg;;Interessent;;;;", rows[2]);
    }

    @Test
    void importUndoesTheApostropheOnlyWhereTheExportPutIt() {
        assertEquals("+49 171", CustomerCsvWriter.unneutralise("'+49 171"));
        assertEquals("'s Lädchen", CustomerCsvWriter.unneutralise("'s Lädchen"));
    }

    @Test
    void aCellThatStartsWithAnApostropheAndAFormulaSignComesBackAsItWas() {
        // Found by CsvRoundTripFuzzTest: the export wrote "'=x" as it was, the import took the apostrophe off,
        // and the interest "'=x" came back as "=x".
        for (String cell : List.of("'=x", "'+49", "'-", "''=x", "=x", "'s Lädchen", "'")) {
            assertEquals(cell, CustomerCsvWriter.unneutralise(CustomerCsvWriter.neutralise(cell)), cell);
        }
    }
}
