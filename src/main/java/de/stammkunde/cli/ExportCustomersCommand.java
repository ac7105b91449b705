package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.service.csv.ExportService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-customers --out FILE [--separator ;|,|tab] [--columns a,b,…] [--search TEXT] [--archived]}. */
@Command(name = "export-customers", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class ExportCustomersCommand extends ContextCommand {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--separator", paramLabel = "SEP", descriptionKey = "cli.export.separator")
    String separator;

    @Option(names = "--columns", paramLabel = "COLUMNS", split = ",", descriptionKey = "cli.export.columns")
    List<String> columns;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.export.search")
    String search;

    @Option(names = "--archived", descriptionKey = "cli.export.archived")
    boolean archived;

    private char sep;
    private final List<CustomerColumn> chosen = new ArrayList<>();

    @Override
    boolean readsStoredData() {
        return true;
    }

    @Override
    int checkOptions() {
        Optional<Character> sepOption = CsvOptions.separatorOr(separator,
                CsvFormat.defaultSeparator(messages.locale()), messages, err());
        if (sepOption.isEmpty()) {
            return 2;
        }
        sep = sepOption.get();
        if (columns == null || columns.isEmpty()) {
            Arrays.stream(CustomerColumn.values()).filter(CustomerColumn.EXPORT_DEFAULT::contains).forEach(chosen::add);
        } else {
            for (String name : columns) {
                Optional<CustomerColumn> column = CustomerColumn.fromCliName(name).filter(CustomerColumn::exportable);
                if (column.isEmpty()) {
                    err().println(messages.get("cli.export.badColumn", name, Arrays.stream(CustomerColumn.values())
                            .filter(CustomerColumn::exportable).map(CustomerColumn::cliName)
                            .reduce((a, b) -> a + "," + b).orElse("")));
                    return 2;
                }
                if (!chosen.contains(column.get())) {
                    chosen.add(column.get());
                }
            }
        }
        return OutFile.check(out, messages.get("export.fileName", LocalDate.now().toString()), messages, err());
    }

    @Override
    int run(AppContext context) throws Exception {
        CustomerQuery query = CustomerQuery.text(search)
                .withFilters(null, null, null, archived ? ArchiveFilter.ALL : ArchiveFilter.ACTIVE_ONLY);
        long start = System.nanoTime();
        long count;
        try {
            count = context.exporter().export(new ExportService.Request(query, chosen, sep), out, Progress.NONE);
        } catch (IOException e) {
            err().println(OutFile.writeFailed(out, e, messages));
            return CliErrors.EXIT_FAILED;
        }
        out().println(messages.get("cli.export.done", count, out.toAbsolutePath().toString(),
                (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
