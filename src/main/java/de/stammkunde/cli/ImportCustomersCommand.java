package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import-customers FILE …}: see {@link CsvImportCommand} for the options and exit codes. */
@Command(name = "import-customers", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class ImportCustomersCommand extends CsvImportCommand {

    @Option(names = "--on-duplicate", paramLabel = "skip|update|create", defaultValue = "skip",
            descriptionKey = "cli.import.onDuplicate")
    String onDuplicate;

    @Override
    String onDuplicate() {
        return onDuplicate;
    }

    @Override
    CsvImporter<?, ?, ?> importer(AppContext context) {
        return context.importer();
    }

    @Override
    ImportOptions options(DuplicatePolicy policy) {
        return new ImportOptions(policy, skipInvalid);
    }

    @Override
    String nothingKey() {
        return "cli.import.nothing";
    }
}
