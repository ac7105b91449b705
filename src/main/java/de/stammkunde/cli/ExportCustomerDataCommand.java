package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-customer-data NUMBER --out FILE.zip [--separator ;|,|tab]}: the copy of all data about one
 * customer (GDPR Art. 15/20) that their form's "Datenauskunft …" saves.
 */
@Command(name = "export-customer-data", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class ExportCustomerDataCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "cli.personalData.number")
    String number;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.personalData.out")
    Path out;

    @Option(names = "--separator", paramLabel = "SEP", descriptionKey = "cli.export.separator")
    String separator;

    private char sep;

    @Override
    boolean readsStoredData() {
        return true;
    }

    @Override
    int checkOptions() {
        if (number.isBlank()) {
            err().println(messages.get("cli.personalData.noNumber"));
            return 2;
        }
        Optional<Character> sepOption = CsvOptions.separatorOr(separator,
                CsvFormat.defaultSeparator(messages.locale()), messages, err());
        if (sepOption.isEmpty()) {
            return 2;
        }
        sep = sepOption.get();
        return OutFile.check(out, messages.get("personalData.fileName", number.strip(), LocalDate.now().toString()),
                messages, err());
    }

    @Override
    int run(AppContext context) {
        Optional<Customer> found = context.customers().findByNumber(number);
        if (found.isEmpty()) {
            err().println(messages.get("cli.personalData.noCustomer", number.strip()));
            return 2;
        }
        Customer customer = found.get();
        if (!customer.number().equals(number.strip())) {
            out().println(messages.get("cli.personalData.merged", number.strip(), customer.number()));
        }
        long rows;
        try {
            rows = context.personalData().export(customer.id(), sep, out, Progress.NONE);
        } catch (IOException e) {
            err().println(OutFile.writeFailed(out, e, messages));
            return CliErrors.EXIT_FAILED;
        } catch (ConcurrentEditException e) {
            // merged or erased at a till between the look-up and the copy
            err().println(messages.get("personalData.gone", customer.number()));
            return CliErrors.EXIT_FAILED;
        }
        out().println(messages.get("cli.personalData.done", customer.displayName(), customer.number(),
                out.toAbsolutePath().toString(), rows));
        return 0;
    }
}
