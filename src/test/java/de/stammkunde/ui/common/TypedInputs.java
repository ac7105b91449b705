package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Random text as a hurried, tired or foreign hand types it into a number, date or code field, for
 * the ViewModels' fuzz tests: other scripts' digits, full-width digits, a real minus, a no-break
 * space, exponents, NaN, two decimal signs, huge numbers. Deterministic for a given {@link Random}.
 */
public final class TypedInputs {

    private static final String[] PIECES = {
        "12", "12,50", "12.50", "1.234,56", "1,234.56", "0", "5", "100", "0,001", "-5", "\u22125", "+5",
        "\u0661\u0662", "\uFF11\uFF12", "\u00a0", "\u202f", " ", "1e10", "1E999999999", "1e-999999999", "NaN",
        "Infinity", "12,5,0", "1..2", "99999999999999999999", "2147483648", "-2147483649", "9".repeat(400),
        "\u20ac", "EUR", "abc", "x", "0x10", "1_000", "%", "50%", "0,5", ",5", "5,", ".", ",", "-",
        "\u0663\u066b\u0665",
        "31.02.2026", "21.11.2026", "21/11/2026", "2026-11-21", "29.02.2025", "01.01.0001", "31.12.9999", "1.1.1",
        "99.99.9999", "14:05", "25:00", "23:60", "14:05 Uhr", "T", ":", "2026-11-21T14:05", "00:00",
        "SOMMER-ABCD", "\uD83D\uDE00", "\u0000", "\t", "\n", "'", "\"", "{0}", "\u2028", "I", "l", "O",
    };

    private final Random random;

    /** Runs {@code typing} in German and in English, each on a fresh database of {@code database}'s kind. */
    public static void inGermanAndEnglish(String database, BiConsumer<Database, Messages> typing) {
        for (Locale locale : List.of(Locale.GERMANY, Locale.UK)) {
            try (Database db = TestDatabases.named(database)) {
                typing.accept(db, new Messages(locale));
            }
        }
    }

    public TypedInputs(Random random) {
        this.random = random;
    }

    /** One to three pieces (most often one), now and then with a stray character between them; sometimes nothing. */
    public String next() {
        if (random.nextInt(12) == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int pieces = random.nextBoolean() ? 1 : 1 + random.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(5) == 0) {
                text.append((char) (32 + random.nextInt(0x3000)));
            }
        }
        return text.toString();
    }

    /** Which field got what: to reproduce a failure. */
    public static String show(long seed, int iteration, String... fieldsAndValues) {
        StringBuilder text = new StringBuilder("seed " + seed + ", iteration " + iteration);
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            String value = fieldsAndValues[i + 1];
            text.append(", ").append(fieldsAndValues[i]).append("=\"")
                    .append(value.length() > 200 ? value.substring(0, 200) + "…(" + value.length() + ")" : value)
                    .append('"');
        }
        return text.toString();
    }

    /**
     * A message the user can act on: a text of the bundle, not a key, not a raw exception text and not
     * "the database does not answer" for something that was only typed.
     */
    public static void assertUsable(String message, Messages messages, String input) {
        String where = "\"" + message + "\" for " + input;
        assertFalse(message.isBlank(), "a message: " + where);
        assertFalse(message.contains("!") && message.matches("(?s).*![a-zA-Z]+\\.[a-zA-Z.]+!.*"), "a key: " + where);
        assertFalse(message.contains("Exception") || message.contains("java."), "an exception's text: " + where);
        assertFalse(message.contains(messages.get("error.database")), "a database failure: " + where);
        String unexpected = messages.bundle().getString("error.unexpected");
        assertFalse(message.startsWith(unexpected.substring(0, unexpected.indexOf('{'))), "a failure: " + where);
    }
}
