package de.stammkunde.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.TypedInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code import-customers}, {@code import-purchases} and {@code redeem-check} with odd arguments: missing,
 * empty, a folder for a file, a file for the data folder, a NUL in a path, unknown values, options twice,
 * random amounts and codes. Nothing escapes; the exit code is 0, 1 or 2; and what is printed on the error
 * stream is a sentence of the bundle, not "That did not work:" with an exception's words. The data folder
 * is always one under the test's folder. The seed is fixed; a failure names it and the arguments.
 */
class CliArgumentsFuzzTest extends CliTest {

    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x436c6921L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 60);

    @Test
    void oddArgumentsGetASentenceAndAnExitCodeNeverAFailure() throws Exception {
        Path data = dir.resolve("data");
        Path customers = Files.writeString(dir.resolve("customers.csv"), "Customer number,Last name\nK-1,Berg\n",
                StandardCharsets.UTF_8);
        Path purchases = Files.writeString(dir.resolve("purchases.csv"),
                "Customer number,Date,Receipt,Amount\nK-1,2024-05-01 10:00,R-1,12.50\n", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path binary = Files.write(dir.resolve("book.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        List<String> files = List.of(customers.toString(), purchases.toString(), empty.toString(), binary.toString(),
                dir.toString(), dir.resolve("missing.csv").toString(), "", "-", "bad\0name.csv",
                "x".repeat(300) + ".csv", dir.resolve("no/such/folder/f.csv").toString(), "--dry-run");
        List<String> dataDirs = List.of(data.toString(), data.toString(), data.toString(), aFile.toString(),
                dir.resolve("new/nested/data").toString(), "bad\0dir");
        assertTrue(run("import-customers", customers.toString(), "--data-dir", data.toString()) == 0, err.toString());
        Messages messages = new Messages(Locale.UK);
        String failed = messages.bundle().getString("cli.failed");
        String failedStart = failed.substring(0, failed.indexOf('{'));
        Random random = new Random(SEED);
        TypedInputs inputs = new TypedInputs(random);
        for (int i = 0; i < ITERATIONS; i++) {
            List<String> args = new ArrayList<>();
            switch (random.nextInt(3)) {
                case 0 -> args.addAll(List.of("import-customers", pick(random, files)));
                case 1 -> args.addAll(List.of("import-purchases", pick(random, files)));
                default -> args.addAll(List.of("redeem-check", random.nextInt(4) == 0 ? pick(random, List.of("",
                        "ABCD-EFGH-JK2", "\0", "x".repeat(5000), "ä-ß-€")) : inputs.next()));
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                args.addAll(option(random, inputs, args.get(0)));
            }
            args.addAll(List.of("--data-dir", pick(random, dataDirs)));
            String shown = "seed " + SEED + ", iteration " + i + ": " + args.stream()
                    .map(a -> "\"" + (a.length() > 60 ? a.substring(0, 60) + "…" : a) + "\"").toList();
            int exit;
            try {
                exit = run(args.toArray(String[]::new));
            } catch (RuntimeException | StackOverflowError e) {
                fail("escaped the command line: " + e + "\n" + shown, e);
                return;
            }
            String said = err.toString();
            if (Boolean.getBoolean("fuzz.hunt")) {
                System.out.println("FUZZCLI " + exit + " " + shown + "\n  " + said.strip().replace("\n", "\n  "));
            }
            assertTrue(exit >= 0 && exit <= 2, "exit " + exit + " for " + shown + "\n" + said + out);
            assertFalse(said.contains(failedStart), "a failure, not a sentence: " + said + "\n" + shown);
            assertFalse(said.contains("Exception") || said.contains("!cli."), said + "\n" + shown);
            assertTrue(exit == 0 || !(said + out).isBlank(), "exit " + exit + " without a word: " + shown);
        }
    }

    private static List<String> option(Random random, TypedInputs inputs, String command) {
        if (command.equals("redeem-check")) {
            return switch (random.nextInt(4)) {
                case 0 -> List.of("--customer", pick(random, List.of("K-1", "", "K-9", "\0", "x".repeat(3000))));
                case 1 -> List.of("--foo");
                default -> List.of("--amount", inputs.next());
            };
        }
        return switch (random.nextInt(8)) {
            case 0 -> List.of("--separator", pick(random, List.of(";", "semicolon", "tab", "|", "", " ", ";;", "\t")));
            case 1 -> List.of("--encoding", pick(random, List.of("utf-8", " UTF8 ", "latin1", "ebcdic", "", "utf-32")));
            case 2 -> List.of("--on-duplicate", pick(random, List.of("skip", "UPDATE", " create ", "merge", "")));
            case 3 -> List.of("--dry-run");
            case 4 -> List.of("--skip-invalid");
            case 5 -> List.of("--separator=");
            case 6 -> List.of(pick(random, List.of("--foo", "-x", "extra.csv", "--")));
            default -> List.of("--dry-run", "--dry-run");
        };
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
