package de.stammkunde.service.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.stammkunde.service.Progress;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a CSV file record by record with FastCSV, strictly: a broken quote or an unreadable
 * character stops the reading with a {@link RowProblem}; a row with the wrong number of columns
 * becomes a problem and the reading goes on. Never throws for a bad file, only for I/O failures.
 * Excel's separator line {@code sep=;} is skipped, a title above the header passed over (see
 * {@link #HEADER_SEARCH}), empty rows and rows of separators only say nothing.
 */
public final class CsvTableReader {

    /**
     * Gets each data row with its row number: the line a text editor shows it in (the header, blank
     * rows, title rows and Excel's {@code sep=;} line count too; a quoted line break does not).
     */
    @FunctionalInterface
    public interface RowHandler {
        void row(int row, List<String> fields);
    }

    /** Gets the header with its row number before the first row. */
    @FunctionalInterface
    public interface HeaderHandler {
        void header(int row, List<String> header);
    }

    /**
     * How many rows that are not blank the header is looked for in: a list may start with a title
     * ("Kundenliste;;") and a blank line above the header.
     */
    public static final int HEADER_SEARCH = 5;

    /**
     * The header and its row number (1 when there is none), the problems of the file's structure, the
     * notice that title rows above the header were passed over, and whether the whole file could be read.
     */
    public record Result(List<String> header, int headerRow, List<RowProblem> problems, List<RowProblem> notices,
            int rows, boolean complete) {

        /**
         * Adds the file's own problems (and "empty file") to {@code rowProblems}, sorted by row;
         * true when the file could be read to its end and its header is usable.
         */
        public boolean finish(List<RowProblem> rowProblems) {
            rowProblems.addAll(problems);
            if (header.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(RowProblem.of(1, "", "csv.problem.empty"));
            }
            rowProblems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return complete && rowProblems.stream().noneMatch(p -> p.row() <= headerRow);
        }
    }

    private CsvTableReader() {
    }

    /**
     * The header and up to {@code maxRows} rows, for the import's preview; the header is the first
     * of the first {@link #HEADER_SEARCH} rows not blank that {@code isHeader} accepts, else the first.
     */
    public static Preview preview(Path file, CsvFormat format, Predicate<List<String>> isHeader, int maxRows)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Result result = read(file, format, isHeader, Progress.NONE, maxRows, (row, header) -> { },
                (row, fields) -> rows.add(fields));
        return new Preview(result.header(), rows, result.problems());
    }

    public record Preview(List<String> header, List<List<String>> rows, List<RowProblem> problems) {
    }

    /**
     * Reads the whole file; {@code onHeader} gets the header before the first row. The header is the
     * first of the first {@link #HEADER_SEARCH} rows not blank that {@code isHeader} accepts (the rows
     * above it are a title and left out), else the first row not blank.
     */
    public static Result read(Path file, CsvFormat format, Predicate<List<String>> isHeader, Progress progress,
            HeaderHandler onHeader, RowHandler handler) throws IOException {
        return read(file, format, isHeader, progress, Integer.MAX_VALUE, onHeader, handler);
    }

    private static Result read(Path file, CsvFormat format, Predicate<List<String>> isHeader, Progress progress,
            int maxRows, HeaderHandler onHeader, RowHandler handler) throws IOException {
        long size = Math.max(1, Files.size(file));
        Optional<String> notCsv = notCsv(file);
        if (notCsv.isPresent()) {
            return new Result(List.of(), 1, List.of(RowProblem.of(1, "", notCsv.get())), List.of(), 0, false);
        }
        try (CountingStream counting = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
                BufferedReader reader = new BufferedReader(reader(counting, format, CodingErrorAction.REPORT))) {
            Rows rows = new Rows(isHeader, maxRows, onHeader, handler, progress, counting, size);
            int row;
            try {
                row = skipSeparatorHint(reader);
            } catch (CharacterCodingException e) {
                rows.problems.add(encodingProblem(file, format, 1));
                return rows.result(false);
            }
            try (CsvReader<CsvRecord> csv = csvReader(reader, format)) {
                Iterator<CsvRecord> records = csv.iterator();
                while (!rows.full()) {
                    CsvRecord record;
                    try {
                        if (!records.hasNext()) {
                            rows.end();
                            return rows.result(true);
                        }
                        record = records.next();
                    } catch (CsvParseException e) {
                        rows.end();
                        rows.problems.add(isEncoding(e) ? encodingProblem(file, format, row + 1)
                                : RowProblem.of(row + 1, "", "csv.problem.quoting", format.charset().displayName()));
                        return rows.result(false);
                    } catch (UncheckedIOException e) {
                        if (e.getCause() instanceof CharacterCodingException) {
                            rows.end();
                            rows.problems.add(encodingProblem(file, format, row + 1));
                            return rows.result(false);
                        }
                        throw e.getCause();
                    }
                    row++;
                    rows.add(row, record.getFields());
                }
                return rows.result(false);
            }
        }
    }

    /** The longest first line taken for Excel's hint {@code sep=;} (with the separators of a wide sheet's empty cells). */
    private static final int HINT_LINE = 1024;

    /**
     * Reads Excel's hint {@code sep=;} when it is the first line (the separator was taken from it by
     * {@link CsvFormat#detect}, or chosen by the user): 1, the row it takes; else reads nothing, 0.
     */
    private static int skipSeparatorHint(BufferedReader reader) throws IOException {
        reader.mark(HINT_LINE + 1);
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        while (c >= 0 && c != '\r' && c != '\n' && line.length() < HINT_LINE) {
            line.append((char) c);
            c = reader.read();
        }
        if ((c >= 0 && c != '\r' && c != '\n') || CsvFormat.separatorHint(line.toString()).isEmpty()) {
            reader.reset();
            return 0;
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return 1;
    }

    /** The rows of a file as they are read: the search for the header, then the data rows. */
    private static final class Rows {
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<RowProblem> notices = new ArrayList<>(0);
        /** The rows not blank read while the header is looked for, with their row numbers. */
        private final List<Map.Entry<Integer, List<String>>> pending = new ArrayList<>();
        private final Predicate<List<String>> isHeader;
        private final int maxRows;
        private final HeaderHandler onHeader;
        private final RowHandler handler;
        private final Progress progress;
        private final CountingStream counting;
        private final long size;
        private List<String> header = List.of();
        private int headerRow;
        /** The header's columns up to its last one with a name: a row may end before empty ones. */
        private int width;
        private int dataRows;

        Rows(Predicate<List<String>> isHeader, int maxRows, HeaderHandler onHeader, RowHandler handler,
                Progress progress, CountingStream counting, long size) {
            this.isHeader = isHeader;
            this.maxRows = maxRows;
            this.onHeader = onHeader;
            this.handler = handler;
            this.progress = progress;
            this.counting = counting;
            this.size = size;
        }

        boolean full() {
            return headerRow > 0 && dataRows >= maxRows;
        }

        Result result(boolean complete) {
            return new Result(header, Math.max(1, headerRow), problems, notices, dataRows, complete);
        }

        void add(int row, List<String> fields) {
            // Blank lines, also ";;;" as a spreadsheet writes an empty row, say nothing: above the
            // header (a file of nothing else is empty) as between the rows.
            if (onlyBlankAfter(fields, 0)) {
                return;
            }
            if (headerRow > 0) {
                data(row, fields);
                return;
            }
            pending.add(Map.entry(row, fields));
            if (!hasNul(fields) && isHeader.test(fields.stream().map(CsvTableReader::headerName).toList())) {
                take(pending.size() - 1);
            } else if (pending.size() == HEADER_SEARCH) {
                take(0);
            }
        }

        /** The end of the file (or of what can be read of it): a header not found yet is the first row. */
        void end() {
            if (headerRow == 0 && !pending.isEmpty()) {
                take(0);
            }
        }

        /** The pending row {@code index} is the header; the rows above it a title, those below it data. */
        private void take(int index) {
            for (int i = 0; i <= index; i++) {
                if (hasNul(pending.get(i).getValue())) {
                    // A NUL past the first 4 KB (which notCsv looks at) is a damaged file, never text:
                    // PostgreSQL refuses it, and the import failed with "invalid byte sequence … 0x00".
                    problems.add(RowProblem.of(pending.get(i).getKey(), "", "csv.problem.nul"));
                }
            }
            headerRow = pending.get(index).getKey();
            header = pending.get(index).getValue().stream().map(CsvTableReader::headerName).toList();
            width = header.size();
            while (width > 1 && header.get(width - 1).isEmpty()) {
                width--;
            }
            if (index > 0) {
                notices.add(RowProblem.of(headerRow, "", "csv.notice.headerRow"));
            }
            onHeader.header(headerRow, header);
            List<Map.Entry<Integer, List<String>>> below = List.copyOf(pending.subList(index + 1, pending.size()));
            pending.clear();
            for (Map.Entry<Integer, List<String>> entry : below) {
                if (dataRows < maxRows) {
                    data(entry.getKey(), entry.getValue());
                }
            }
        }

        private void data(int row, List<String> fields) {
            dataRows++;
            if (hasNul(fields)) {
                problems.add(RowProblem.of(row, "", "csv.problem.nul"));
                return;
            }
            if (fields.size() < width || (fields.size() > header.size() && !onlyBlankAfter(fields, header.size()))) {
                problems.add(RowProblem.of(row, "", "csv.problem.columnCount", header.size(), fields.size()));
                return;
            }
            if (fields.size() < header.size()) {
                // the empty columns without a name at the header's end, which some programs do not write
                List<String> padded = new ArrayList<>(fields);
                padded.addAll(Collections.nCopies(header.size() - fields.size(), ""));
                handler.row(row, padded);
            } else {
                handler.row(row, fields.size() > header.size() ? fields.subList(0, header.size()) : fields);
            }
            if (dataRows % 1000 == 0) {
                progress.checkCancelled();
                progress.update(counting.count(), size);
            }
        }
    }

    private static CsvReader<CsvRecord> csvReader(Reader reader, CsvFormat format) {
        return CsvReader.builder()
                .fieldSeparator(format.separator())
                .quoteCharacter('"')
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .allowUnclosedQuote(false)
                .ofCsvRecord(reader);
    }

    /**
     * "Not readable as … from here", in the row of the first character that is not of the encoding:
     * the reader decodes some thousand characters ahead, and its error named a row hundreds above it.
     * Read again with that character replaced, the first row from {@code fallback} (the row the error
     * came in, and the answer should that reading fail too) with a replacement character is the one.
     */
    private static RowProblem encodingProblem(Path file, CsvFormat format, int fallback) {
        int found = fallback;
        try (BufferedReader reader = new BufferedReader(reader(new BufferedInputStream(Files.newInputStream(file)),
                format, CodingErrorAction.REPLACE));
                CsvReader<CsvRecord> csv = csvReader(reader, format)) {
            int row = skipSeparatorHint(reader);
            for (CsvRecord record : csv) {
                row++;
                if (row >= fallback && record.getFields().stream().anyMatch(field -> field.indexOf('\uFFFD') >= 0)) {
                    found = row;
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the row the first reading stopped in
        }
        return RowProblem.of(found, "", "csv.problem.encoding", format.charset().displayName());
    }

    private static boolean isEncoding(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(List<String> fields) {
        for (String field : fields) {
            if (field.indexOf('\0') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyBlankAfter(List<String> fields, int from) {
        for (int i = from; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A header cell without the byte order mark and the spaces around it, also a non-breaking space
     * (" E-Mail ", "Telefon\u00a0" as a spreadsheet keeps them): the name shown and mapped.
     */
    private static String headerName(String cell) {
        String name = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
        int start = 0;
        int end = name.length();
        while (start < end && isSpace(name.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A file chosen by mistake, said as such instead of read as noise: an .xlsx (a zip) or an old .xls
     * (an OLE file), or no text at all (a picture, a PDF: zero bytes, which no text has but UTF-16's).
     * Its message key, or empty for a file to read.
     */
    private static Optional<String> notCsv(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        if (start.length >= 4 && ((start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4)
                || (start[0] == (byte) 0xD0 && start[1] == (byte) 0xCF && start[2] == 0x11
                        && start[3] == (byte) 0xE0))) {
            return Optional.of("csv.problem.spreadsheet");
        }
        if (!CsvFormat.hasUtf16Bom(start)) {
            for (byte b : start) {
                if (b == 0) {
                    return Optional.of("csv.problem.notText");
                }
            }
        }
        return Optional.empty();
    }

    /** A UTF-8 byte order mark is skipped here; the UTF-16 decoder reads its own. */
    private static Reader reader(InputStream in, CsvFormat format, CodingErrorAction onError) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!CsvFormat.hasBom(start)) {
            in.reset();
        }
        return new InputStreamReader(in, format.charset().newDecoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError));
    }

    /** Counts the bytes read, for a progress bar over the file's size. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
