package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import-purchases FILE … [--award-points]}: purchases from a till's export; see
 * {@link CsvImportCommand} for the shared options and exit codes.
 */
@Command(name = "import-purchases", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class ImportPurchasesCommand extends CsvImportCommand {

    @Option(names = "--on-duplicate", paramLabel = "skip|update|create", defaultValue = "skip",
            descriptionKey = "cli.importPurchases.onDuplicate")
    String onDuplicate;

    @Option(names = "--award-points", descriptionKey = "cli.importPurchases.awardPoints")
    boolean awardPoints;

    @Override
    String onDuplicate() {
        return onDuplicate;
    }

    @Override
    CsvImporter<?, ?, ?> importer(AppContext context) {
        return context.purchaseImporter();
    }

    @Override
    ImportOptions options(DuplicatePolicy policy) {
        return new ImportOptions(policy, skipInvalid, awardPoints);
    }

    @Override
    String nothingKey() {
        return "cli.importPurchases.nothing";
    }
}
