package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportPlan;
import de.stammkunde.service.csv.ImportReport;
import de.stammkunde.service.csv.ImportResult;
import de.stammkunde.service.csv.ImportService;
import de.stammkunde.service.csv.RowProblem;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-customers FILE [--separator …] [--encoding …] [--on-duplicate skip|update|create]
 * [--dry-run] [--skip-invalid]}: prints each problem row; exits 0 only when it imported (or, with
 * {@code --dry-run}, when it would import), 1 when nothing was imported.
 */
@Command(name = "import-customers", mixinStandardHelpOptions = true, resourceBundle = "de.stammkunde.i18n.messages")
final class ImportCustomersCommand extends ContextCommand {

    static final int EXIT_NOT_IMPORTED = 1;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--separator", paramLabel = "SEP", descriptionKey = "cli.import.separator")
    String separator;

    @Option(names = "--encoding", paramLabel = "ENC", descriptionKey = "cli.import.encoding")
    String encoding;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|create", defaultValue = "skip",
            descriptionKey = "cli.import.onDuplicate")
    String onDuplicate;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "cli.import.skipInvalid")
    boolean skipInvalid;

    @Override
    int run(AppContext context) throws Exception {
        if (!Files.isRegularFile(file)) {
            err().println(messages.get("cli.import.noFile", file.toString()));
            return 2;
        }
        DuplicatePolicy policy;
        try {
            policy = DuplicatePolicy.valueOf(onDuplicate.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err().println(messages.get("cli.import.badPolicy", onDuplicate));
            return 2;
        }
        CsvFormat detected = CsvFormat.detect(file);
        Optional<Character> sepOption = CsvOptions.separatorOr(separator, detected.separator(), messages, err());
        if (sepOption.isEmpty()) {
            return 2;
        }
        char sep = sepOption.get();
        Charset charset = detected.charset();
        if (encoding != null) {
            Optional<Charset> parsed = CsvOptions.encoding(encoding);
            if (parsed.isEmpty()) {
                err().println(messages.get("cli.import.badEncoding", encoding));
                return 2;
            }
            charset = parsed.get();
        }
        ImportService importer = context.importer();
        ImportService.Request request = importer.suggest(file, new CsvFormat(sep, charset),
                new ImportOptions(policy, skipInvalid));
        ImportPlan plan = importer.plan(request, Progress.NONE);
        for (RowProblem problem : plan.problems()) {
            out().println(ImportReport.line(messages, problem));
        }
        for (RowProblem notice : plan.notices()) {
            out().println(ImportReport.line(messages, notice));
        }
        out().println(ImportReport.summary(messages, plan));
        if (!plan.canImport()) {
            err().println(messages.get(plan.problems().isEmpty() ? "cli.import.nothing" : "cli.import.refused"));
            return EXIT_NOT_IMPORTED;
        }
        if (dryRun) {
            out().println(messages.get("cli.import.dryRunDone"));
            return 0;
        }
        ImportResult result = importer.execute(plan, Progress.NONE);
        out().println(ImportReport.done(messages, result));
        return 0;
    }
}
