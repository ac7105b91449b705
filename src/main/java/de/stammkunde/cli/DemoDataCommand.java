package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo-data --customers N [--seed S]}. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, resourceBundle = "de.stammkunde.i18n.messages")
final class DemoDataCommand extends ContextCommand {

    @Option(names = "--customers", paramLabel = "N", required = true, descriptionKey = "cli.demo.customers")
    int customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.demo.seed")
    long seed;

    @Override
    int run(AppContext context) {
        if (customers < 1 || customers > 1_000_000) {
            err().println(messages.get("cli.demo.range"));
            return 2;
        }
        long start = System.nanoTime();
        int created = context.demoData().createCustomers(customers, seed, Progress.NONE);
        out().println(messages.get("cli.demo.done", created, (System.nanoTime() - start) / 1_000_000_000.0,
                context.dataDirectory().toString()));
        return 0;
    }
}
