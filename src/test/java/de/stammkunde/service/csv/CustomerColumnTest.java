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
        List<CustomerColumn> mapped = CustomerColumn.autoMap(List.of("Lieblingsfarbe", "Familienname", "Nachname",
                ""));
        assertNull(mapped.get(0));
        assertEquals(CustomerColumn.LAST_NAME, mapped.get(1));
        assertNull(mapped.get(2), "a column is mapped once, by the first header naming it");
        assertNull(mapped.get(3));
    }

    @Test
    void nameIsTheLastNameOnlyWhereNoOtherColumnIs() {
        assertEquals(Arrays.asList(CustomerColumn.LAST_NAME, CustomerColumn.FIRST_NAME),
                CustomerColumn.autoMap(List.of("Name", "Vorname")));
        assertEquals(Arrays.asList(null, CustomerColumn.FIRST_NAME, CustomerColumn.LAST_NAME),
                CustomerColumn.autoMap(List.of("Name", "Given Name", "Family Name")), "Google's old export");
    }

    @Test
    void outlookExportsGiveThePrivateAddressAndTheBusinessOneWhereThereIsNoOther() {
        List<String> german = List.of("Anrede", "Vorname", "Nachname", "Firma", "Straße geschäftlich",
                "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
                "Ort privat", "Postleitzahl privat", "Land/Region privat", "Telefon geschäftlich", "Telefon (privat)",
                "Mobiltelefon", "E-Mail-Adresse", "Geburtstag", "Geschlecht", "Kategorien", "Notizen", "Ort");
        assertEquals(Arrays.asList(null, CustomerColumn.FIRST_NAME, CustomerColumn.LAST_NAME,
                CustomerColumn.COMPANY, null, null, null, null, CustomerColumn.STREET, CustomerColumn.CITY,
                CustomerColumn.POSTCODE, CustomerColumn.COUNTRY, null, CustomerColumn.PHONE, CustomerColumn.MOBILE,
                CustomerColumn.EMAIL, CustomerColumn.BIRTH_DATE, CustomerColumn.GENDER, CustomerColumn.TAGS,
                CustomerColumn.NOTES,
                null), CustomerColumn.autoMap(german));
        List<String> businessOnly = List.of("First Name", "Last Name", "Company", "Business Street", "Business City",
                "Business Postal Code", "Business Phone", "Mobile Phone", "E-mail Address", "Categories");
        assertEquals(List.of(CustomerColumn.FIRST_NAME, CustomerColumn.LAST_NAME, CustomerColumn.COMPANY,
                CustomerColumn.STREET, CustomerColumn.CITY, CustomerColumn.POSTCODE, CustomerColumn.PHONE,
                CustomerColumn.MOBILE, CustomerColumn.EMAIL, CustomerColumn.TAGS),
                CustomerColumn.autoMap(businessOnly));
    }

    @Test
    void googleContactsExportsAreRecognised() {
        List<String> google = List.of("First Name", "Middle Name", "Last Name", "Organization Name", "Birthday",
                "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
                "Address 1 - Street", "Address 1 - City", "Address 1 - Postal Code", "Address 1 - Country");
        assertEquals(Arrays.asList(CustomerColumn.FIRST_NAME, null, CustomerColumn.LAST_NAME, CustomerColumn.COMPANY,
                CustomerColumn.BIRTH_DATE, CustomerColumn.NOTES, null, null, CustomerColumn.EMAIL, null,
                CustomerColumn.PHONE, CustomerColumn.STREET, CustomerColumn.CITY, CustomerColumn.POSTCODE,
                CustomerColumn.COUNTRY), CustomerColumn.autoMap(google));
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
