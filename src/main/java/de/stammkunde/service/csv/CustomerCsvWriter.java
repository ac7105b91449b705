package de.stammkunde.service.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.Tags;
import de.stammkunde.i18n.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes customers as a CSV file that Excel and LibreOffice open correctly in Germany and
 * elsewhere: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, the user's separator, ISO dates.
 * A cell that a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class CustomerCsvWriter implements Closeable {

    private final CsvWriter csv;
    private final List<CustomerColumn> columns;
    private final CsvValues values;
    private final String[] cells;

    public CustomerCsvWriter(OutputStream out, char separator, List<CustomerColumn> columns, Messages messages)
            throws IOException {
        if (columns.isEmpty() || columns.stream().anyMatch(c -> !c.exportable())) {
            throw new IllegalArgumentException("columns must be exportable and not empty: " + columns);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.csv = CsvWriter.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .bufferSize(64 * 1024)
                .build(writer);
        this.columns = List.copyOf(columns);
        this.values = new CsvValues(messages);
        this.cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralise(messages.get(columns.get(i).labelKey()));
        }
        csv.writeRecord(cells);
    }

    public void write(Customer customer) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralise(value(customer, columns.get(i)));
        }
        csv.writeRecord(cells);
    }

    private String value(Customer c, CustomerColumn column) {
        CustomerDetails d = c.details();
        return switch (column) {
            case NUMBER -> c.number();
            case GENDER -> values.gender(d.gender());
            case FIRST_NAME -> d.firstName();
            case LAST_NAME -> d.lastName();
            case COMPANY -> d.company();
            case STREET -> d.street();
            case HOUSE_NUMBER -> throw new IllegalArgumentException("HOUSE_NUMBER is import only");
            case POSTCODE -> d.postcode();
            case CITY -> d.city();
            case COUNTRY -> d.country();
            case PHONE -> d.phone();
            case MOBILE -> d.mobile();
            case EMAIL -> d.email();
            case BIRTH_DATE -> CsvValues.date(d.birthDate());
            case OCCUPATION -> d.occupation();
            case NOTES -> d.notes();
            case STATUS -> values.status(d.status());
            case TAGS -> Tags.join(d.tags());
            case CONSENT_EMAIL -> values.consent(d.consents().get(ConsentChannel.EMAIL));
            case CONSENT_POST -> values.consent(d.consents().get(ConsentChannel.POST));
            case CONSENT_SMS -> values.consent(d.consents().get(ConsentChannel.SMS));
            case ARCHIVED -> c.archived() ? values.yesNo(true) : "";
            case CREATED_AT -> CsvValues.dateTime(c.createdAt());
            case UPDATED_AT -> CsvValues.dateTime(c.updatedAt());
        };
    }

    /**
     * "=SUM(A1)", "+49 171…", "-5", "@foo", or a cell starting with TAB or CR would be read as a
     * formula (CSV injection); a leading apostrophe makes the spreadsheet show it as text.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    /** Undoes {@link #neutralise} on import: "'+49 171…" becomes "+49 171…" again. */
    public static String unneutralise(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            char second = cell.charAt(1);
            if (second == '=' || second == '+' || second == '-' || second == '@' || second == '\t' || second == '\r') {
                return cell.substring(1);
            }
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
