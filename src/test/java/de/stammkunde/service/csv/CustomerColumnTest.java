package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.stammkunde.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerColumnTest {

    @Test
    void germanAndEnglishHeadersAreRecognised() {
        List<String> german = List.of("Nachname", "Vorname", "E-Mail", "Tel.", "Handy", "Strasse", "Nr.", "PLZ",
                "Stadt", "Geburtstag", "Firma", "Bemerkung");
        assertEquals(List.of(CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME, CustomerColumn.EMAIL,
                CustomerColumn.PHONE, CustomerColumn.MOBILE, CustomerColumn.STREET, CustomerColumn.HOUSE_NUMBER,
                CustomerColumn.POSTCODE, CustomerColumn.CITY, CustomerColumn.BIRTH_DATE, CustomerColumn.COMPANY,
                CustomerColumn.NOTES), CustomerColumn.autoMap(german));
        List<String> english = List.of("Last name", "First Name", "Email", "Phone", "Mobile", "Street", "Zip", "City",
                "Birthday", "Company", "Notes");
        assertEquals(List.of(CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME, CustomerColumn.EMAIL,
                CustomerColumn.PHONE, CustomerColumn.MOBILE, CustomerColumn.STREET, CustomerColumn.POSTCODE,
                CustomerColumn.CITY, CustomerColumn.BIRTH_DATE, CustomerColumn.COMPANY, CustomerColumn.NOTES),
                CustomerColumn.autoMap(english));
    }

    @Test
    void nameMeansLastNameAndCaseSpacesAndPunctuationDoNotMatter() {
        assertEquals(CustomerColumn.LAST_NAME, CustomerColumn.forHeader(" NAME ").orElseThrow());
        assertEquals(CustomerColumn.POSTCODE, CustomerColumn.forHeader("Post-Leitzahl").orElseThrow());
        assertEquals(CustomerColumn.STREET, CustomerColumn.forHeader("Straße").orElseThrow());
    }

    @Test
    void unknownAndRepeatedHeadersAreIgnored() {
        List<CustomerColumn> mapped = CustomerColumn.autoMap(List.of("Lieblingsfarbe", "Name", "Nachname", ""));
        assertNull(mapped.get(0));
        assertEquals(CustomerColumn.LAST_NAME, mapped.get(1));
        assertNull(mapped.get(2), "a column is mapped once, by the first header naming it");
        assertNull(mapped.get(3));
    }

    @Test
    void everyExportHeaderInEitherLanguageMapsBackToItsColumn() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            for (CustomerColumn column : CustomerColumn.values()) {
                assertEquals(column, CustomerColumn.forHeader(messages.get(column.labelKey())).orElse(null),
                        locale + " " + column);
            }
        }
    }

    @Test
    void createdAndUpdatedAreNeverImported() {
        List<CustomerColumn> mapped = CustomerColumn.autoMap(List.of("Angelegt", "Geändert", "Nachname"));
        assertEquals(Arrays.asList(null, null, CustomerColumn.LAST_NAME), mapped);
    }
}
