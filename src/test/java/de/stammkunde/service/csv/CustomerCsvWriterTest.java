package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerCsvWriterTest {

    private static String write(char separator, List<CustomerColumn> columns, Customer... customers) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CustomerCsvWriter writer = new CustomerCsvWriter(out, separator, columns, new Messages(Locale.GERMAN))) {
            for (Customer c : customers) {
                writer.write(c);
            }
        }
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark, so that Excel reads umlauts right");
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    private static Customer customer(CustomerDetails details) {
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
        return new Customer(1, "100001", details, false, null, at, at, 0);
    }

    @Test
    void germanHeadersCrlfAndIsoDates() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("Müller").firstName("Jörg")
                .birthDate(LocalDate.of(1980, 5, 17)).build();
        String csv = write(';', List.of(CustomerColumn.NUMBER, CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME,
                CustomerColumn.BIRTH_DATE, CustomerColumn.CREATED_AT), customer(d));
        assertEquals("Kundennummer;Nachname;Vorname;Geburtsdatum;Angelegt\r\n"
                + "100001;Müller;Jörg;1980-05-17;2026-01-02 03:04:05\r\n", csv);
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("Meier; Schulze").notes("sagt \"Hallo\"\nzweite Zeile")
                .build();
        String csv = write(';', List.of(CustomerColumn.LAST_NAME, CustomerColumn.NOTES), customer(d));
        assertTrue(csv.endsWith("\"Meier; Schulze\";\"sagt \"\"Hallo\"\"\nzweite Zeile\"\r\n"), csv);
    }

    @Test
    void cellsThatLookLikeFormulasGetAnApostrophe() throws Exception {
        CustomerDetails d = CustomerDetails.builder().lastName("=HYPERLINK(\"http://x\")").company("@SUM(A1)")
                .phone("+49 171 1234567").notes("-5 Punkte").occupation("\tTab").build();
        String csv = write(',', List.of(CustomerColumn.LAST_NAME, CustomerColumn.COMPANY, CustomerColumn.PHONE,
                CustomerColumn.NOTES), customer(d));
        String row = csv.split("\r\n")[1];
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),'+49 171 1234567,'-5 Punkte", row);
        assertEquals("'\tTab", CustomerCsvWriter.neutralise("\tTab"));
        assertEquals("'\rx", CustomerCsvWriter.neutralise("\rx"));
        assertEquals("Müller", CustomerCsvWriter.neutralise("Müller"));
    }

    @Test
    void importUndoesTheApostropheOnlyWhereTheExportPutIt() {
        assertEquals("+49 171", CustomerCsvWriter.unneutralise("'+49 171"));
        assertEquals("'s Lädchen", CustomerCsvWriter.unneutralise("'s Lädchen"));
    }
}
