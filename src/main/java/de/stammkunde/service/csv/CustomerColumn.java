package de.stammkunde.service.csv;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column of a customer CSV file. The export writes them under the user's language's header;
 * the import recognises German and English header names, as other programs and people write them.
 */
public enum CustomerColumn implements ImportColumn {
    NUMBER("number", "Kundennummer", "Kundennr", "Kunden-Nr.", "Kd.-Nr.", "KdNr", "Nummer", "Customer number",
            "Customer no", "Customer ID", "Number", "ID"),
    GENDER("gender", "Anrede", "Geschlecht", "Title", "Salutation", "Gender"),
    FIRST_NAME("firstName", "Vorname", "Vornamen", "First name", "Firstname", "Given name", "Forename"),
    LAST_NAME("lastName", "Nachname", "Name", "Familienname", "Zuname", "Last name", "Lastname", "Surname",
            "Family name"),
    COMPANY("company", "Firma", "Firmenname", "Unternehmen", "Company", "Organisation", "Organization"),
    STREET("street", "Straße", "Strasse", "Str.", "Straße und Hausnummer", "Adresse", "Anschrift", "Street",
            "Address", "Street address"),
    HOUSE_NUMBER("houseNumber", "Hausnummer", "Hausnr", "Nr.", "Nr", "House number", "House no", "No."),
    POSTCODE("postcode", "PLZ", "Postleitzahl", "Zip", "Zip code", "Postcode", "Postal code"),
    CITY("city", "Ort", "Stadt", "Wohnort", "City", "Town"),
    COUNTRY("country", "Land", "Country"),
    PHONE("phone", "Telefon", "Tel.", "Tel", "Telefonnummer", "Festnetz", "Phone", "Telephone", "Phone number"),
    MOBILE("mobile", "Mobil", "Handy", "Mobiltelefon", "Mobilnummer", "Mobile", "Mobile phone", "Cell", "Cell phone"),
    EMAIL("email", "E-Mail", "Email", "E-Mail-Adresse", "Mail", "Email address", "E-mail address"),
    BIRTH_DATE("birthDate", "Geburtsdatum", "Geburtstag", "Geb.", "Geb.-Datum", "Birthday", "Birth date",
            "Date of birth", "DOB"),
    OCCUPATION("occupation", "Beruf", "Tätigkeit", "Occupation", "Job", "Profession"),
    NOTES("notes", "Notizen", "Notiz", "Bemerkung", "Bemerkungen", "Kommentar", "Anmerkung", "Notes", "Note",
            "Comment", "Comments", "Remarks"),
    STATUS("status", "Status", "Kundenstatus"),
    TAGS("tags", "Interessen", "Interesse", "Vorlieben", "Schlagworte", "Tags", "Interests", "Preferences"),
    CONSENT_EMAIL("consentEmail", "Einwilligung E-Mail", "Newsletter", "E-Mail-Werbung", "Consent email",
            "Email consent", "Email opt-in"),
    CONSENT_POST("consentPost", "Einwilligung Post", "Post-Werbung", "Consent post", "Post consent"),
    CONSENT_SMS("consentSms", "Einwilligung SMS", "SMS-Werbung", "Consent SMS", "SMS consent", "SMS opt-in"),
    ARCHIVED("archived", "Archiviert", "Archived"),
    CREATED_AT("createdAt", "Angelegt", "Angelegt am", "Created", "Created at"),
    UPDATED_AT("updatedAt", "Geändert", "Geändert am", "Updated", "Updated at");

    /** What a new export offers ticked: everything a shop usually wants in a list. */
    public static final Set<CustomerColumn> EXPORT_DEFAULT = EnumSet.complementOf(EnumSet.of(HOUSE_NUMBER));

    private static final HeaderMatcher<CustomerColumn> HEADERS = new HeaderMatcher<>(values());

    private final String key;
    private final List<String> aliases;

    CustomerColumn(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The bundle key of the column's header, e.g. {@code csv.column.lastName}. */
    @Override
    public String labelKey() {
        return "csv.column." + key;
    }

    /** The name used on the command line ({@code --columns number,lastName,email}). */
    public String cliName() {
        return key;
    }

    public static Optional<CustomerColumn> fromCliName(String name) {
        for (CustomerColumn column : values()) {
            if (column.key.equalsIgnoreCase(name.strip())) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** Created and updated are kept by the system; an import never sets them. */
    @Override
    public boolean importable() {
        return this != CREATED_AT && this != UPDATED_AT;
    }

    /** The house number only exists to import lists that keep it apart from the street. */
    public boolean exportable() {
        return this != HOUSE_NUMBER;
    }

    /** The column a header names, in German or English, ignoring case, spaces and punctuation. */
    public static Optional<CustomerColumn> forHeader(String header) {
        return HEADERS.forHeader(header);
    }

    /** Maps each header to a column; a column is used once, by the first header naming it. */
    public static List<CustomerColumn> autoMap(List<String> headers) {
        return HEADERS.autoMap(headers);
    }
}
