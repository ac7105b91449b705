package de.stammkunde.service.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.PersonalDataSheet;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.AtomicFiles;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;

/**
 * A copy of everything stored about one customer, for their request under GDPR Art. 15 (access) and Art. 20
 * (a machine-readable copy): a ZIP file with one CSV file per kind of data ({@link PersonalDataSheet}), each
 * written as the customer export is (UTF-8 with BOM, the user's separator, ISO dates, no formulas), amounts with
 * the decimal comma where the separator is ";" (or a tab, in German), as German Excel reads them. Read in one
 * transaction with the customer locked, so the files agree with each other; written beside the target and moved
 * into place, so a failure leaves no half file.
 */
public final class PersonalDataExport {

    /**
     * Numbers and codes as printed on the card and the coupon: "2 900000 000018" (as 13 digits, a spreadsheet
     * showed "2,9E+12"), "ABCD-EFGH-JKL".
     */
    private static final Map<String, UnaryOperator<String>> PRINTED = Map.of("card_number", CardNumbers::printed,
            "code", CouponCodes::format, "coupon", CouponCodes::format);

    private final Jdbi jdbi;
    private final Messages messages;
    private final CsvValues values;

    public PersonalDataExport(Jdbi jdbi, Messages messages) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.values = new CsvValues(messages);
    }

    /**
     * Writes the ZIP file for the customer (and every customer merged into them); returns how many rows it holds.
     * Refused with {@link ConcurrentEditException}, and no file written, when the customer was merged into another
     * or erased meanwhile.
     */
    public long export(long customerId, char separator, Path target, Progress progress) throws IOException {
        Map<PersonalDataSheet, PersonalDataSheet.Table> tables = read(customerId);
        progress.checkCancelled();
        long[] rows = {0};
        AtomicFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                int done = 0;
                for (var table : tables.entrySet()) {
                    zip.putNextEntry(new ZipEntry(fileName(table.getKey())));
                    rows[0] += write(table.getKey(), table.getValue(), separator, AtomicFiles.keptOpen(zip));
                    zip.closeEntry();
                    progress.update(++done, tables.size());
                }
            }
        });
        return rows[0];
    }

    /** Each sheet's name in the ZIP file, in plain letters: "Einkaufsverlauf.csv". */
    public String fileName(PersonalDataSheet sheet) {
        return messages.get("personalData.sheet." + sheet.name()) + ".csv";
    }

    private Map<PersonalDataSheet, PersonalDataSheet.Table> read(long customerId) {
        return jdbi.inTransaction(h -> {
            // Locked as a sale locks it: a merge or an erasure at another till waits until all is read. A customer
            // merged into another or erased since their form was opened got a copy of a record without purchases,
            // points or coupons (they had moved on, or the name was gone), and the window said it was all of it.
            CustomerDao customers = h.attach(CustomerDao.class);
            Optional<Customer> customer = customers.lockCurrent(customerId).filter(id -> id == customerId)
                    .flatMap(customers::findRow);
            if (customer.isEmpty() || customer.get().erased()) {
                throw new ConcurrentEditException(customers.findRow(customerId).map(Customer::number)
                        .orElse("Customer " + customerId));
            }
            List<Long> ids = PersonalDataSheet.customerAndMerged(h, customerId);
            Map<PersonalDataSheet, PersonalDataSheet.Table> tables = new EnumMap<>(PersonalDataSheet.class);
            for (PersonalDataSheet sheet : PersonalDataSheet.values()) {
                tables.put(sheet, sheet.read(h, ids));
            }
            return tables;
        });
    }

    private int write(PersonalDataSheet sheet, PersonalDataSheet.Table table, char separator, OutputStream out)
            throws IOException {
        try (CsvWriter csv = CustomerCsvWriter.open(out, separator)) {
            List<String> columns = table.columns();
            csv.writeRecord(columns.stream().map(c -> messages.get("personalData.col." + c)).toList());
            for (List<Object> row : table.rows()) {
                String[] cells = new String[columns.size()];
                for (int i = 0; i < cells.length; i++) {
                    String column = columns.get(i);
                    Object value = row.get(i);
                    if (value instanceof String text && PRINTED.containsKey(column)) {
                        value = PRINTED.get(column).apply(text);
                    }
                    cells[i] = cell(value, sheet.translated().get(column), separator);
                }
                csv.writeRecord(cells);
            }
            return table.rows().size();
        }
    }

    /** One value as the cell shows it; a stored code in words where {@code prefix} names its message keys. */
    private String cell(Object value, String prefix, char separator) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            String code = text.strip();
            return prefix != null && messages.has(prefix + code) ? messages.get(prefix + code)
                    : CustomerCsvWriter.neutralise(text);
        }
        if (value instanceof Boolean yes) {
            return values.yesNo(yes);
        }
        if (value instanceof BigDecimal amount) {
            String plain = (amount.scale() > 2 ? amount.stripTrailingZeros() : amount).toPlainString();
            // a German spreadsheet read "1.05" from a tab-separated file as the 1st of May
            boolean comma = separator == ';' || separator == '\t' && "de".equals(messages.locale().getLanguage());
            return comma ? plain.replace('.', ',') : plain;
        }
        if (value instanceof LocalDateTime at) {
            return CsvValues.dateTime(at);
        }
        if (value instanceof LocalDate day) {
            return CsvValues.date(day);
        }
        return value.toString();
    }
}
