package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Countries;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.CustomerRules;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.domain.customers.Tags;
import de.stammkunde.domain.customers.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one CSV row into a customer, given which column holds what. Every value that cannot be
 * read and every broken customer rule becomes a {@link RowProblem} naming the row and the column.
 */
public final class CustomerRowParser {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

    /**
     * A row as read: its number, if the file brings one, and the customer; problems if any.
     * {@code undated} are the consent channels whose cell says yes or no without a date (taken as today).
     */
    public record ParsedRow(int row, String number, CustomerDetails details, Boolean archived,
            Set<CustomerColumn> present, Set<ConsentChannel> undated, List<RowProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<String> header;
    private final List<CustomerColumn> mapping;
    private final Map<CustomerColumn, String> headerOf = new EnumMap<>(CustomerColumn.class);
    private final CsvValues values;
    private final LocalDate today;
    private final String consentSource;

    /**
     * @param mapping the column each header position holds, {@code null} where a column is ignored
     * @param consentSource where a "yes" without its own source came from, e.g. "CSV-Import"
     */
    public CustomerRowParser(List<String> header, List<CustomerColumn> mapping, CsvValues values, LocalDate today,
            String consentSource) {
        if (header.size() != mapping.size()) {
            throw new IllegalArgumentException("one mapping per header needed");
        }
        this.header = List.copyOf(header);
        this.mapping = new ArrayList<>(mapping);
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null) {
                headerOf.putIfAbsent(mapping.get(i), header.get(i));
            }
        }
        this.values = values;
        this.today = today;
        this.consentSource = consentSource;
    }

    public ParsedRow parse(int row, List<String> fields) {
        CustomerDetails.Builder b = CustomerDetails.builder();
        List<RowProblem> problems = new ArrayList<>(0);
        String number = null;
        Boolean archived = null;
        String houseNumber = "";
        Set<CustomerColumn> present = EnumSet.noneOf(CustomerColumn.class);
        Set<ConsentChannel> undated = EnumSet.noneOf(ConsentChannel.class);
        for (int i = 0; i < mapping.size() && i < fields.size(); i++) {
            CustomerColumn column = mapping.get(i);
            if (column == null) {
                continue;
            }
            String value = CustomerCsvWriter.unneutralise(fields.get(i).strip());
            if (value.isEmpty()) {
                continue;
            }
            String head = header.get(i);
            present.add(column);
            switch (column) {
                case NUMBER -> {
                    if (NUMBER.matcher(value).matches()) {
                        number = value;
                    } else {
                        problems.add(RowProblem.of(row, head, "csv.problem.number", value));
                    }
                }
                case GENDER -> values.parseGender(value).ifPresentOrElse(b::gender,
                        () -> problems.add(RowProblem.of(row, head, "csv.problem.gender", value)));
                case FIRST_NAME -> b.firstName(value);
                case LAST_NAME -> b.lastName(value);
                case COMPANY -> b.company(value);
                case STREET -> b.street(value);
                case HOUSE_NUMBER -> houseNumber = value;
                case POSTCODE -> b.postcode(value);
                case CITY -> b.city(value);
                case COUNTRY -> Countries.parse(value).ifPresentOrElse(b::country,
                        () -> problems.add(RowProblem.of(row, head, "csv.problem.country", value)));
                case PHONE -> b.phone(value);
                case MOBILE -> b.mobile(value);
                case EMAIL -> b.email(value);
                case BIRTH_DATE -> {
                    if (!CsvValues.isNoDate(value)) {
                        CsvValues.parseDate(value, today).ifPresentOrElse(b::birthDate,
                                () -> problems.add(RowProblem.of(row, head, CsvValues.isDayTheMonthLacks(value)
                                        ? "csv.problem.noSuchDay" : "csv.problem.date", value)));
                    }
                }
                case OCCUPATION -> b.occupation(value);
                case NOTES -> b.notes(value);
                case STATUS -> values.parseStatus(value).ifPresentOrElse(b::status,
                        () -> problems.add(RowProblem.of(row, head, "csv.problem.status", value)));
                case TAGS -> b.addTags(Tags.parse(value));
                case CONSENT_EMAIL -> consent(b, ConsentChannel.EMAIL, value, row, head, problems, undated);
                case CONSENT_POST -> consent(b, ConsentChannel.POST, value, row, head, problems, undated);
                case CONSENT_SMS -> consent(b, ConsentChannel.SMS, value, row, head, problems, undated);
                case ARCHIVED -> {
                    var yesNo = CsvValues.parseYesNo(value);
                    if (yesNo.isPresent()) {
                        archived = yesNo.get();
                    } else {
                        problems.add(RowProblem.of(row, head, "csv.problem.yesNo", value));
                    }
                }
                case CREATED_AT, UPDATED_AT -> {
                    // kept by the system; a file's value is ignored
                }
            }
        }
        CustomerDetails details = b.build();
        if (!houseNumber.isEmpty()) {
            details = details.toBuilder().street((details.street() + " " + houseNumber).strip()).build();
            present.add(CustomerColumn.STREET);
        }
        if (present.contains(CustomerColumn.COUNTRY) && lostItsLeadingZero(details)) {
            details = details.toBuilder().postcode("0" + details.postcode()).build();
        }
        for (FieldError error : CustomerRules.validate(details, today)) {
            problems.add(new RowProblem(row, headerFor(error.field()), error.messageKey(), error.args()));
        }
        return new ParsedRow(row, number, details, archived, present, undated, problems);
    }

    /**
     * A German postcode always has five digits; Excel and LibreOffice read 01067 (Dresden) as the
     * number 1067, so a list that went through a spreadsheet has four. Only where the row says DE:
     * without a country, 1010 may as well be Vienna's.
     */
    private static boolean lostItsLeadingZero(CustomerDetails details) {
        return "DE".equals(details.country()) && details.postcode().length() == 4 && Text.isDigits(details.postcode());
    }

    private void consent(CustomerDetails.Builder b, ConsentChannel channel, String value, int row, String head,
            List<RowProblem> problems, Set<ConsentChannel> undated) {
        var consent = CsvValues.parseConsent(value, today, consentSource);
        if (consent.isEmpty()) {
            problems.add(RowProblem.of(row, head, "csv.problem.consent", value));
        } else if (consent.get().source().length() > Consent.MAX_SOURCE) {
            // the database keeps 200 characters; longer failed the whole import with a database error
            problems.add(RowProblem.of(row, head, "validation.tooLong", Consent.MAX_SOURCE));
        } else {
            b.consent(channel, consent.get());
        }
        if (!CsvValues.consentHasDate(value)) {
            undated.add(channel);
        }
    }

    /** The header of the column a rule complains about; for a missing name, the name columns. */
    private String headerFor(CustomerField field) {
        CustomerColumn column = switch (field) {
            case GENDER -> CustomerColumn.GENDER;
            case FIRST_NAME -> CustomerColumn.FIRST_NAME;
            case LAST_NAME -> CustomerColumn.LAST_NAME;
            case COMPANY -> CustomerColumn.COMPANY;
            case STREET -> CustomerColumn.STREET;
            case POSTCODE -> CustomerColumn.POSTCODE;
            case CITY -> CustomerColumn.CITY;
            case COUNTRY -> CustomerColumn.COUNTRY;
            case PHONE -> CustomerColumn.PHONE;
            case MOBILE -> CustomerColumn.MOBILE;
            case EMAIL -> CustomerColumn.EMAIL;
            case BIRTH_DATE -> CustomerColumn.BIRTH_DATE;
            case OCCUPATION -> CustomerColumn.OCCUPATION;
            case NOTES -> CustomerColumn.NOTES;
            case STATUS -> CustomerColumn.STATUS;
            case TAGS -> CustomerColumn.TAGS;
            case CONSENT -> CustomerColumn.CONSENT_EMAIL;
        };
        String head = headerOf.get(column);
        if (head == null && field == CustomerField.LAST_NAME) {
            head = headerOf.getOrDefault(CustomerColumn.COMPANY, "");
        }
        return head == null ? "" : head;
    }
}
