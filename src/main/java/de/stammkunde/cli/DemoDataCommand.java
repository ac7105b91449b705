package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.Progress;
import de.stammkunde.service.demo.DemoDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo-data --customers N [--purchases-per-customer P | --purchases T] [--seed S]}. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class DemoDataCommand extends ContextCommand {

    /** A long: "--customers 99999999999" gets the range below, not "too large, give a number such as 500". */
    @Option(names = "--customers", paramLabel = "N", required = true, descriptionKey = "cli.demo.customers")
    long customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.demo.seed")
    long seed;

    @Option(names = "--purchases-per-customer", paramLabel = "P", descriptionKey = "cli.demo.purchasesPerCustomer")
    Double purchasesPerCustomer;

    @Option(names = "--purchases", paramLabel = "T", descriptionKey = "cli.demo.purchases")
    Long purchases;

    private static final long MAX_PER_CUSTOMER = 500;

    private double perCustomer;

    @Override
    int checkOptions() {
        if (customers < 1 || customers > 1_000_000) {
            err().println(messages.get("cli.demo.range"));
            return 2;
        }
        perCustomer = DemoDataService.DEFAULT_PURCHASES_PER_CUSTOMER;
        if (purchasesPerCustomer != null && purchases != null) {
            err().println(messages.get("cli.demo.purchasesBoth"));
            return 2;
        } else if (purchasesPerCustomer != null) {
            perCustomer = purchasesPerCustomer;
        } else if (purchases != null) {
            perCustomer = (double) purchases / customers;
        }
        if (!(perCustomer >= 0 && perCustomer <= MAX_PER_CUSTOMER)) { // NaN too
            // "--purchases 100000" for 100 customers was answered "between 0 and 500 purchases per
            // customer", leaving the user to work out what --purchases takes.
            err().println(purchases != null
                    ? messages.get("cli.demo.purchasesTotalRange", MAX_PER_CUSTOMER * customers, customers)
                    : messages.get("cli.demo.purchasesRange"));
            return 2;
        }
        return 0;
    }

    @Override
    int run(AppContext context) {
        // Never among a shop's customers: the demo campaigns give their coupons (and book purchases
        // with them) to whoever is stored, and demo customers cannot be told from real ones later.
        int existing = context.demoData().storedCustomers();
        if (existing > 0) {
            err().println(messages.get("cli.demo.notEmpty", context.dataDirectory().toString(), existing));
            return EXIT_BAD_DATA_DIR;
        }
        long start = System.nanoTime();
        int created = context.demoData().create((int) customers, seed, perCustomer, Progress.NONE);
        out().println(messages.get("cli.demo.done", created, (System.nanoTime() - start) / 1_000_000_000.0,
                context.dataDirectory().toString(), context.purchases().count()));
        compactAfterBulkWrite(context);
        return 0;
    }
}
