package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.i18n.Formats;
import de.stammkunde.service.coupons.CouponMessages;
import java.math.BigDecimal;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code redeem-check CODE [--customer NUMBER] [--amount 12,50]}: prints what the counter would say to
 * the code, without redeeming it. Exits 0 when the code is valid, 1 when not, 2 for bad options or an empty code.
 */
@Command(name = "redeem-check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = "de.stammkunde.i18n.messages")
final class RedeemCheckCommand extends ContextCommand {

    static final int EXIT_NOT_VALID = 1;

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "cli.redeemCheck.code")
    String code;

    @Option(names = "--customer", paramLabel = "NUMBER", descriptionKey = "cli.redeemCheck.customer")
    String customerNumber;

    @Option(names = "--amount", paramLabel = "AMOUNT", descriptionKey = "cli.redeemCheck.amount")
    String amount;

    private BigDecimal total;

    @Override
    boolean readsStoredData() {
        return true;
    }

    @Override
    int checkOptions() {
        // An empty code (a script's unset variable) was answered "This code is not known", exit code 1,
        // as if the customer had shown a wrong coupon.
        if (code.isBlank()) {
            err().println(messages.get("cli.redeemCheck.noCode"));
            return 2;
        }
        if (amount == null) {
            return 0;
        }
        Formats formats = new Formats(messages.locale());
        Optional<BigDecimal> parsed = formats.parseMoney(amount);
        if (parsed.isEmpty()) {
            err().println(messages.get("cli.redeemCheck.badAmount", amount));
            return 2;
        }
        if (parsed.get().signum() < 0) {
            err().println(messages.get("cli.redeemCheck.negative", amount));
            return 2;
        }
        // The counter takes no sale above that, so neither does the check.
        if (parsed.get().compareTo(PurchaseRules.MAX_TOTAL) > 0) {
            err().println(messages.get("cli.redeemCheck.tooLarge", amount, formats.money(PurchaseRules.MAX_TOTAL)));
            return 2;
        }
        total = parsed.get();
        return 0;
    }

    @Override
    int run(AppContext context) {
        Long customerId = null;
        if (customerNumber != null && !customerNumber.isBlank()) {
            Optional<Customer> customer = context.customers().findByNumber(customerNumber.strip());
            if (customer.isEmpty()) {
                err().println(messages.get("cli.redeemCheck.noCustomer", customerNumber));
                return 2;
            }
            customerId = customer.get().id();
        }
        CouponCheck check = context.coupons().check(code, customerId, total);
        out().println(CouponMessages.describe(check, messages, context.formats()));
        return check.isValid() ? 0 : EXIT_NOT_VALID;
    }
}
