package de.stammkunde.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Stammkunde killed right after a sale (the PC switched off at the plug, the process killed) has
 * the sale on the next start: H2 writes each commit to the file before the commit returns, not up
 * to half a second later (its default). The till runs in its own JVM, killed with SIGKILL as soon as
 * it says the sale is booked.
 */
class KilledProcessTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dataDir;

    @TempDir
    Path logDir;

    @Test
    void aSaleBookedJustBeforeTheProcessIsKilledIsThereOnTheNextStart() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process till = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Till.class.getName(), dataDir.toString())
                .redirectError(logDir.resolve("till.log").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(till.getInputStream(), StandardCharsets.UTF_8));
        String booked = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return "IOException " + e.getMessage();
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        till.destroyForcibly();
        assertTrue(till.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));

        assertTrue(booked != null && booked.startsWith("BOOKED "), booked + "\n" + Files.readString(
                logDir.resolve("till.log")));
        String number = booked.substring("BOOKED ".length());
        try (AppContext again = AppContext.open(dataDir, Locale.GERMAN)) {
            Customer anna = again.customers().findByNumber(number).orElseThrow();
            List<Purchase> history = again.purchases().history(anna.id());
            assertEquals(List.of(new BigDecimal("42.90")), history.stream().map(Purchase::total).toList());
            assertEquals(42, again.loyalty().balance(anna.id()).points(), "the points of the sale too");
        }
    }

    /** The till: opens the folder, registers Anna, books her sale, says so and waits to be killed. */
    public static final class Till {

        public static void main(String[] args) throws Exception {
            AppContext app = AppContext.open(Path.of(args[0]), Locale.GERMAN);
            Customer anna = app.customers().create(Customers.anna());
            app.sales().record(new SaleDraft(anna.id(), new BigDecimal("42.90"), List.of(), "B-1",
                    PaymentMethod.CASH, null, "", 0));
            System.out.println("BOOKED " + anna.number());
            System.out.flush();
            System.in.read(); // the test kills it while it waits here
        }
    }
}
