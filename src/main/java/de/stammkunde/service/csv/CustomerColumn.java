package de.stammkunde.service.csv;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A column of a customer CSV file. The export writes them under the user's language's header;
 * the import recognises German and English header names, as other programs and people write them.
 */
public enum CustomerColumn implements ImportColumn {
    NUMBER("number", "Kundennummer", "Kundennr", "Kunden-Nr.", "Kd.-Nr.", "KdNr", "Nummer", "Customer number",
            "Customer no", "Customer ID", "Number", "ID"),
    GENDER("gender", "Geschlecht", "Gender"),
    FIRST_NAME("firstName", "Vorname", "Vornamen", "First name", "Firstname", "Given name", "Forename"),
    LAST_NAME("lastName", "Nachname", "Familienname", "Zuname", "Last name", "Lastname", "Surname",
            "Family name"),
    COMPANY("company", "Firma", "Firmenname", "Unternehmen", "Company", "Organisation", "Organization",
            "Organization name", "Organization 1 - Name"),
    STREET("street", "Straße", "Strasse", "Str.", "Straße und Hausnummer", "Adresse", "Anschrift", "Straße privat",
            "Street", "Address", "Street address", "Home street", "Address 1 - Street"),
    HOUSE_NUMBER("houseNumber", "Hausnummer", "Hausnr", "Nr.", "Nr", "House number", "House no", "No."),
    POSTCODE("postcode", "PLZ", "Postleitzahl", "Postleitzahl privat", "Zip", "Zip code", "Postcode", "Postal code",
            "Home postal code", "Address 1 - Postal Code"),
    CITY("city", "Ort privat", "Ort", "Stadt", "Wohnort", "City", "Town", "Home city", "Address 1 - City"),
    COUNTRY("country", "Land", "Land/Region privat", "Country", "Home country/region", "Address 1 - Country"),
    PHONE("phone", "Telefon", "Tel.", "Tel", "Telefonnummer", "Festnetz", "Telefon privat", "Phone", "Telephone",
            "Phone number", "Home phone", "Phone 1 - Value"),
    MOBILE("mobile", "Mobil", "Handy", "Mobiltelefon", "Mobilnummer", "Mobile", "Mobile phone", "Cell", "Cell phone"),
    EMAIL("email", "E-Mail", "Email", "E-Mail-Adresse", "Mail", "Email address", "E-mail address",
            "E-mail 1 - Value"),
    BIRTH_DATE("birthDate", "Geburtsdatum", "Geburtstag", "Geb.", "Geb.-Datum", "Birthday", "Birth date",
            "Date of birth", "DOB"),
    OCCUPATION("occupation", "Beruf", "Tätigkeit", "Occupation", "Job", "Profession"),
    NOTES("notes", "Notizen", "Notiz", "Bemerkung", "Bemerkungen", "Kommentar", "Anmerkung", "Notes", "Note",
            "Comment", "Comments", "Remarks"),
    STATUS("status", "Status", "Kundenstatus"),
    TAGS("tags", "Interessen", "Interesse", "Vorlieben", "Schlagworte", "Kategorien", "Tags", "Interests",
            "Preferences", "Categories"),
    CONSENT_EMAIL("consentEmail", "Einwilligung E-Mail", "Newsletter", "E-Mail-Werbung", "Consent email",
            "Email consent", "Email opt-in"),
    CONSENT_POST("consentPost", "Einwilligung Post", "Post-Werbung", "Consent post", "Post consent"),
    CONSENT_SMS("consentSms", "Einwilligung SMS", "SMS-Werbung", "Consent SMS", "SMS consent", "SMS opt-in"),
    ARCHIVED("archived", "Archiviert", "Archived"),
    CREATED_AT("createdAt", "Angelegt", "Angelegt am", "Created", "Created at"),
    UPDATED_AT("updatedAt", "Geändert", "Geändert am", "Updated", "Updated at");

    /**
     * Address books (Outlook, Google Contacts) export a business address beside the private one and a
     * mostly empty "Anrede" beside the gender, and some lists have "Name" beside "Nachname" for the
     * whole name: those count only where nothing better names the column. Outlook's "Ort" is a meeting place; its town is "Ort privat", which
     * comes first in its files and so wins.
     */
    private static final Map<CustomerColumn, List<String>> FALLBACK = Map.of(
            GENDER, List.of("Anrede", "Title", "Salutation"),
            LAST_NAME, List.of("Name"),
            STREET, List.of("Straße geschäftlich", "Business street"),
            POSTCODE, List.of("Postleitzahl geschäftlich", "Business postal code"),
            CITY, List.of("Ort geschäftlich", "Business city"),
            COUNTRY, List.of("Land/Region geschäftlich", "Business country/region"),
            PHONE, List.of("Telefon geschäftlich", "Business phone"));

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

    @Override
    public List<String> fallbackAliases() {
        return FALLBACK.getOrDefault(this, List.of());
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
