package de.stammkunde.service.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.stammkunde.service.Progress;
import java.io.BufferedInputStream;
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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CSV file record by record with FastCSV, strictly: a broken quote or an unreadable
 * character stops the reading with a {@link RowProblem}; a row with the wrong number of columns
 * becomes a problem and the reading goes on. Never throws for a bad file, only for I/O failures.
 */
public final class CsvTableReader {

    /** Gets each data row with its spreadsheet row number (the header and blank rows count too). */
    @FunctionalInterface
    public interface RowHandler {
        void row(int row, List<String> fields);
    }

    /** The header, the problems of the file's structure, and whether the whole file could be read. */
    public record Result(List<String> header, List<RowProblem> problems, int rows, boolean complete) {

        /**
         * Adds the file's own problems (and "empty file") to {@code rowProblems}, sorted by row;
         * true when the file could be read to its end and its header (row 1) is usable.
         */
        public boolean finish(List<RowProblem> rowProblems) {
            rowProblems.addAll(problems);
            if (header.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(RowProblem.of(1, "", "csv.problem.empty"));
            }
            rowProblems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return complete && rowProblems.stream().noneMatch(p -> p.row() == 1);
        }
    }

    private CsvTableReader() {
    }

    /** The header and up to {@code maxRows} rows, for the import's preview. */
    public static Preview preview(Path file, CsvFormat format, int maxRows) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Result result = read(file, format, Progress.NONE, maxRows, header -> { }, (row, fields) -> rows.add(fields));
        return new Preview(result.header(), rows, result.problems());
    }

    public record Preview(List<String> header, List<List<String>> rows, List<RowProblem> problems) {
    }

    /** Reads the whole file; {@code onHeader} gets the header before the first row. */
    public static Result read(Path file, CsvFormat format, Progress progress, Consumer<List<String>> onHeader,
            RowHandler handler) throws IOException {
        return read(file, format, progress, Integer.MAX_VALUE, onHeader, handler);
    }

    private static Result read(Path file, CsvFormat format, Progress progress, int maxRows,
            Consumer<List<String>> onHeader, RowHandler handler) throws IOException {
        long size = Math.max(1, Files.size(file));
        List<RowProblem> problems = new ArrayList<>();
        Optional<String> notCsv = notCsv(file);
        if (notCsv.isPresent()) {
            problems.add(RowProblem.of(1, "", notCsv.get()));
            return new Result(List.of(), problems, 0, false);
        }
        List<String> header = List.of();
        boolean haveHeader = false;
        int row = 0;
        int dataRows = 0;
        try (CountingStream counting = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
                Reader reader = reader(counting, format, CodingErrorAction.REPORT);
                CsvReader<CsvRecord> csv = csvReader(reader, format)) {
            Iterator<CsvRecord> records = csv.iterator();
            while (!haveHeader || dataRows < maxRows) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        return new Result(header, problems, dataRows, true);
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    problems.add(isEncoding(e) ? encodingProblem(file, format, row + 1)
                            : RowProblem.of(row + 1, "", "csv.problem.quoting", format.charset().displayName()));
                    return new Result(header, problems, dataRows, false);
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        problems.add(encodingProblem(file, format, row + 1));
                        return new Result(header, problems, dataRows, false);
                    }
                    throw e.getCause();
                }
                row++;
                List<String> fields = record.getFields();
                // Blank lines, also ";;;" as a spreadsheet writes an empty row, say nothing: above the
                // header (a file of nothing else is empty) as between the rows.
                if (onlyBlankAfter(fields, 0)) {
                    continue;
                }
                if (hasNul(fields)) {
                    // A NUL past the first 4 KB (which notCsv looks at) is a damaged file, never text:
                    // PostgreSQL refuses it, and the import failed with "invalid byte sequence … 0x00".
                    problems.add(RowProblem.of(row, "", "csv.problem.nul"));
                    if (haveHeader) {
                        dataRows++;
                        continue;
                    }
                }
                if (!haveHeader) {
                    header = fields.stream().map(CsvTableReader::stripBom).toList();
                    haveHeader = true;
                    onHeader.accept(header);
                    continue;
                }
                dataRows++;
                if (fields.size() < header.size() || (fields.size() > header.size() && !onlyBlankAfter(fields, header.size()))) {
                    problems.add(RowProblem.of(row, "", "csv.problem.columnCount", header.size(), fields.size()));
                    continue;
                }
                handler.row(row, fields.size() > header.size() ? fields.subList(0, header.size()) : fields);
                if (dataRows % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(counting.count(), size);
                }
            }
            return new Result(header, problems, dataRows, false);
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
        try (Reader reader = reader(new BufferedInputStream(Files.newInputStream(file)), format,
                CodingErrorAction.REPLACE);
                CsvReader<CsvRecord> csv = csvReader(reader, format)) {
            int row = 0;
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

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1).strip() : header.strip();
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
