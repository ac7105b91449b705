package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.ImportCheck;
import de.stammkunde.service.csv.ImportColumn;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportReport;
import de.stammkunde.service.csv.RowProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code import-…} command shares: {@code FILE [--separator …] [--encoding …]
 * [--on-duplicate skip|update|create] [--dry-run] [--skip-invalid]}. Prints each problem row; exits 0
 * only when it imported (or, with {@code --dry-run}, when it would import), 1 when nothing was
 * imported, 2 for bad options.
 */
abstract class CsvImportCommand extends ContextCommand {

    static final int EXIT_NOT_IMPORTED = 1;
    static final int EXIT_BAD_OPTION = 2;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--separator", paramLabel = "SEP", descriptionKey = "cli.import.separator")
    String separator;

    @Option(names = "--encoding", paramLabel = "ENC", descriptionKey = "cli.import.encoding")
    String encoding;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "cli.import.skipInvalid")
    boolean skipInvalid;

    /** The {@code --on-duplicate} value (each command describes it in its own words). */
    abstract String onDuplicate();

    abstract CsvImporter<?, ?, ?> importer(AppContext context);

    abstract ImportOptions options(DuplicatePolicy policy);

    /** The message for a file with nothing new in it. */
    abstract String nothingKey();

    private DuplicatePolicy policy;
    private CsvFormat format;
    private char detectedSeparator;

    @Override
    int checkOptions() throws Exception {
        if (Files.isDirectory(file)) {
            err().println(messages.get("cli.import.isFolder", file.toString()));
            return EXIT_BAD_OPTION;
        }
        if (!Files.isRegularFile(file)) {
            err().println(messages.get("cli.import.noFile", file.toString()));
            return EXIT_BAD_OPTION;
        }
        if (!Files.isReadable(file)) {
            err().println(messages.get("cli.import.unreadable", file.toString()));
            return EXIT_NOT_IMPORTED;
        }
        try {
            policy = DuplicatePolicy.valueOf(onDuplicate().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err().println(messages.get("cli.import.badPolicy", onDuplicate()));
            return EXIT_BAD_OPTION;
        }
        CsvFormat detected = CsvFormat.detect(file);
        Optional<Character> sep = CsvOptions.separatorOr(separator, detected.separator(), messages, err());
        if (sep.isEmpty()) {
            return EXIT_BAD_OPTION;
        }
        Charset charset = detected.charset();
        if (encoding != null) {
            Optional<Charset> parsed = CsvOptions.encoding(encoding);
            if (parsed.isEmpty()) {
                err().println(messages.get("cli.import.badEncoding", encoding));
                return EXIT_BAD_OPTION;
            }
            charset = parsed.get();
            Optional<String> garbled = detected.charset().equals(StandardCharsets.UTF_8)
                    && charset.equals(CsvFormat.WINDOWS_1252) ? firstNonAscii(file) : Optional.empty();
            if (garbled.isPresent()) {
                // "--encoding windows-1252" on a UTF-8 file imported "Müller" as "MÃ¼ller" without a word
                err().println(messages.get("cli.import.utf8AsWindows", garbled.get(),
                        new String(garbled.get().getBytes(StandardCharsets.UTF_8), CsvFormat.WINDOWS_1252)));
                return EXIT_BAD_OPTION;
            }
        }
        format = new CsvFormat(sep.get(), charset);
        detectedSeparator = detected.separator();
        return 0;
    }

    @Override
    boolean writesNothing() {
        return dryRun;
    }

    @Override
    int run(AppContext context) throws Exception {
        return importWith(context, importer(context), format, options(policy));
    }

    private <C extends ImportColumn, P extends ImportCheck, R> int importWith(AppContext context,
            CsvImporter<C, P, R> importer, CsvFormat format, ImportOptions options) throws Exception {
        P plan = importer.plan(file, format, options, Progress.NONE);
        for (RowProblem problem : plan.problems()) {
            out().println(ImportReport.line(messages, problem));
        }
        for (RowProblem notice : plan.notices()) {
            out().println(ImportReport.line(messages, notice));
        }
        out().println(importer.summary(messages, plan));
        if (!plan.canImport()) {
            if (format.separator() != detectedSeparator && plan.problems().stream().anyMatch(RowProblem::isMissingColumn)) {
                // "--separator ," on a file written with ";": every header name read as one, nothing recognised
                err().println(messages.get("cli.import.otherSeparator", name(format.separator()),
                        name(detectedSeparator)));
            }
            err().println(messages.get(whyNothing(plan)));
            return EXIT_NOT_IMPORTED;
        }
        if (dryRun) {
            out().println(messages.get("cli.import.dryRunDone"));
            return 0;
        }
        out().println(importer.done(messages, importer.execute(plan, Progress.NONE)));
        compactAfterBulkWrite(context);
        return 0;
    }

    /**
     * The first character beyond ASCII of a file detected as UTF-8 (so valid UTF-8 throughout), such as
     * "ü"; empty for a file of ASCII only, which reads the same in every encoding offered.
     */
    private static Optional<String> firstNonAscii(Path file) throws IOException {
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == 0xfffd) {
                    break; // not UTF-8 after all from here on: the import reports that row
                }
                if (c > 0x7f && c != 0xfeff) { // the byte order mark is not read as text
                    if (Character.isHighSurrogate((char) c)) {
                        return Optional.of(new String(new char[] {(char) c, (char) in.read()}));
                    }
                    return Optional.of(String.valueOf((char) c));
                }
            }
        }
        return Optional.empty();
    }

    /** A separator as the option takes it: "tab" for TAB. */
    private static String name(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    /**
     * Leaving out invalid rows helps only when the file could be read to its end and the user has not
     * asked for it already; an empty file or an unusable header needs the file itself corrected, and
     * a column not recognised its header renamed.
     */
    private String whyNothing(ImportCheck plan) {
        if (plan.problems().stream().anyMatch(RowProblem::isMissingColumn)) {
            // The window lets the user pick the column; here only the file's header can say it.
            return "cli.import.header";
        }
        if (plan.problems().stream().anyMatch(p -> p.messageKey().equals("csv.problem.encoding"))) {
            // "Please choose the other encoding": here that is --encoding
            return "cli.import.otherEncoding";
        }
        if (!plan.complete()) {
            return "cli.import.badFile";
        }
        if (plan.dataRows() == 0) {
            return "cli.import.noRows";
        }
        return plan.problems().isEmpty() || skipInvalid ? nothingKey() : "cli.import.refused";
    }
}
