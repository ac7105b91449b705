package de.stammkunde.service.csv;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of CSV import (customers, purchases) as the import wizard and the command line drive it:
 * map the columns, check the whole file, then write the checked plan in one transaction.
 *
 * @param <C> the columns the file's columns may be mapped to
 * @param <P> the checked plan
 * @param <R> what the import did
 */
public interface CsvImporter<C extends ImportColumn, P extends ImportCheck, R> {

    /**
     * The prefix of this import's own texts ({@code import.} for customers); a text it does not
     * have itself is the customer import's {@code import.} one.
     */
    String textPrefix();

    /** The choices of the mapping box, in the order shown. */
    List<C> columns();

    List<C> autoMap(List<String> header);

    /**
     * Whether a row of the file is its header: it names at least two columns (a title such as
     * "Kundenliste" above the header names none); see {@link CsvTableReader#HEADER_SEARCH}.
     */
    default boolean isHeader(List<String> cells) {
        return autoMap(cells).stream().filter(java.util.Objects::nonNull).count() >= 2;
    }

    /** Reads and checks the whole file; writes nothing. A mapping not fitting the header is replaced by {@link #autoMap}. */
    P plan(Path file, CsvFormat format, List<C> mapping, ImportOptions options, Progress progress) throws IOException;

    /** Writes the plan in one transaction; a cancel or failure leaves the database as it was. */
    R execute(P plan, Progress progress);

    /** "12 rows: 3 new, …" for the report's head. */
    String summary(Messages messages, P plan);

    /** "Imported: …" once it is done. */
    String done(Messages messages, R result);

    /** Whether the import can book loyalty points ({@link ImportOptions#awardPoints()}). */
    default boolean offersPoints() {
        return false;
    }

    /** The plan with the mapping the file's header suggests; for the command line. */
    default P plan(Path file, CsvFormat format, ImportOptions options, Progress progress) throws IOException {
        return plan(file, format, autoMap(CsvTableReader.preview(file, format, this::isHeader, 0).header()), options, progress);
    }
}
