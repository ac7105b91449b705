package de.stammkunde.service.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import de.stammkunde.data.customers.CustomerCursor;
import de.stammkunde.domain.customers.ConsentChannel;
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
        this.csv = open(out, separator);
        this.columns = List.copyOf(columns);
        this.values = new CsvValues(messages);
        this.cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralise(messages.get(columns.get(i).labelKey()));
        }
        csv.writeRecord(cells);
    }

    /** A CSV writer as Excel and LibreOffice read it: UTF-8 with a byte order mark, CRLF, quotes where needed. */
    static CsvWriter open(OutputStream out, char separator) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return CsvWriter.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .bufferSize(64 * 1024)
                .build(writer);
    }

    public void write(CustomerCursor customer) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralise(value(customer, columns.get(i)));
        }
        csv.writeRecord(cells);
    }

    private String value(CustomerCursor c, CustomerColumn column) {
        return switch (column) {
            case NUMBER -> c.number();
            case GENDER -> values.gender(c.gender());
            case FIRST_NAME -> c.firstName();
            case LAST_NAME -> c.lastName();
            case COMPANY -> c.company();
            case STREET -> c.street();
            case HOUSE_NUMBER -> throw new IllegalArgumentException("HOUSE_NUMBER is import only");
            case POSTCODE -> c.postcode();
            case CITY -> c.city();
            case COUNTRY -> c.country();
            case PHONE -> c.phone();
            case MOBILE -> c.mobile();
            case EMAIL -> c.email();
            case BIRTH_DATE -> CsvValues.date(c.birthDate());
            case OCCUPATION -> c.occupation();
            case NOTES -> c.notes();
            case STATUS -> values.status(c.status());
            case TAGS -> Tags.join(c.tags());
            case CONSENT_EMAIL -> values.consent(c.consent(ConsentChannel.EMAIL));
            case CONSENT_POST -> values.consent(c.consent(ConsentChannel.POST));
            case CONSENT_SMS -> values.consent(c.consent(ConsentChannel.SMS));
            case ARCHIVED -> c.archived() ? values.yesNo(true) : "";
            case CREATED_AT -> CsvValues.dateTime(c.createdAt());
            case UPDATED_AT -> CsvValues.dateTime(c.updatedAt());
        };
    }

    /**
     * "=SUM(A1)", "+49 171…", "-5", "@foo", or a cell starting with TAB or CR would be read as a
     * formula (CSV injection); a leading apostrophe makes the spreadsheet show it as text. A cell that
     * starts with apostrophes and one of those gets one more: the import takes one off, and "'=x" came
     * back as "=x".
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return formulaAfterApostrophes(cell) ? "'" + cell : cell;
    }

    /** "=x", "'=x", "''=x": a formula sign after none or more apostrophes. */
    private static boolean formulaAfterApostrophes(String cell) {
        int at = 0;
        while (at < cell.length() && cell.charAt(at) == '\'') {
            at++;
        }
        if (at == cell.length()) {
            return false;
        }
        char first = cell.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Undoes {@link #neutralise} on import: "'+49 171…" becomes "+49 171…" again, "''=x" "'=x". */
    public static String unneutralise(String cell) {
        return cell.startsWith("'") && formulaAfterApostrophes(cell) ? cell.substring(1) : cell;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
