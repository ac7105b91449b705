package de.stammkunde.service.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random damage to a CSV file's bytes, for the import's fuzz tests: what a till, a spreadsheet, a
 * broken USB stick or a careless hand does to a file. Deterministic for a given {@link Random}.
 */
final class CsvMutator {

    static final Messages GERMAN = new Messages(Locale.GERMAN);
    static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static final byte[][] SPECIAL = {
        {'"'}, {';'}, {','}, {'\t'}, {'\r'}, {'\n'}, {0}, {'\r', '\n'}, {'"', '"'}, {'='}, {'-'}, {' '},
    };
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0x81}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
    };
    private static final String[] ODD_TEXT = {
        "\u00a0", "\u2028", "\u202e", "\uD83D\uDE00", "\u0661\u0662", "\uFF11\uFF12", "\u2212", "ß", "Ä", "€",
        "\u200b", "\uFFFD", "1e10", "NaN", "-", "x@y", "0.0.00", "31.02.2026", "ja 2099-01-01", "\\", "'", "%s",
        "{0}", "'{1}'", "Ä".repeat(100), "ß".repeat(60), "\uD55C".repeat(100), "æ".repeat(150),
    };

    private final Random random;

    CsvMutator(Random random) {
        this.random = random;
    }

    /** One to three random mutations of {@code original}. */
    byte[] mutate(byte[] original) {
        byte[] bytes = original;
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            bytes = mutateOnce(bytes);
        }
        return bytes;
    }

    private byte[] mutateOnce(byte[] b) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        return switch (random.nextInt(16)) {
            case 0 -> b.length == 0 ? b : cut(b, Math.min(at, b.length - 1), 1);
            case 1 -> b.length == 0 ? b : insert(b, Math.min(at, b.length - 1), new byte[] {b[Math.min(at,
                    b.length - 1)]});
            case 2 -> insert(b, at, new byte[] {(byte) random.nextInt(256)});
            case 3, 4 -> insert(b, at, SPECIAL[random.nextInt(SPECIAL.length)]);
            case 5 -> insert(b, at, BOM);
            case 6 -> insert(b, at, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case 7 -> insert(b, at, longField());
            case 8 -> insert(b, at, manyColumns(b));
            case 9 -> Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 10 -> headerOnly(b);
            case 11 -> duplicateHeaderName(b);
            case 12 -> insert(b, at, ODD_TEXT[random.nextInt(ODD_TEXT.length)].getBytes(
                    random.nextBoolean() ? StandardCharsets.UTF_8 : CsvFormat.WINDOWS_1252));
            case 13 -> duplicateLine(b);
            case 14 -> replaceField(b);
            default -> insert(b, at, SPECIAL[random.nextInt(SPECIAL.length)]);
        };
    }

    private byte[] longField() {
        byte[] field = new byte[random.nextBoolean() ? 100_000 : 300 + random.nextInt(5000)];
        byte[] alphabet = random.nextBoolean() ? "0123456789".getBytes(StandardCharsets.US_ASCII)
                : "abcxyz ,.;-@0".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < field.length; i++) {
            field[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return field;
    }

    private byte[] manyColumns(byte[] b) {
        byte separator = separatorOf(b);
        byte[] many = new byte[50 + random.nextInt(2000)];
        Arrays.fill(many, separator);
        if (random.nextBoolean()) {
            for (int i = 1; i < many.length; i += 2) {
                many[i] = 'v';
            }
        }
        return many;
    }

    private static byte separatorOf(byte[] b) {
        for (byte c : b) {
            if (c == ';' || c == ',' || c == '\t') {
                return c;
            }
        }
        return ';';
    }

    private static byte[] headerOnly(byte[] b) {
        int end = indexOf(b, (byte) '\n', 0);
        return end < 0 ? b : Arrays.copyOf(b, end + 1);
    }

    /** The header with one of its names given to another column too. */
    private byte[] duplicateHeaderName(byte[] b) {
        int end = indexOf(b, (byte) '\n', 0);
        if (end < 0) {
            return b;
        }
        String header = new String(b, 0, end, StandardCharsets.ISO_8859_1).replace("\r", "");
        String separator = String.valueOf((char) separatorOf(b));
        List<String> names = new java.util.ArrayList<>(Arrays.asList(header.split(java.util.regex.Pattern.quote(
                separator), -1)));
        if (names.size() < 2) {
            return b;
        }
        int from = random.nextInt(names.size());
        int to = random.nextInt(names.size());
        names.set(to, names.get(from));
        byte[] head = (String.join(separator, names) + "\r").getBytes(StandardCharsets.ISO_8859_1);
        return concat(head, Arrays.copyOfRange(b, end, b.length));
    }

    private byte[] duplicateLine(byte[] b) {
        int start = lineStart(b, random.nextInt(b.length + 1));
        int end = indexOf(b, (byte) '\n', start);
        if (end < 0) {
            return b;
        }
        byte[] line = Arrays.copyOfRange(b, start, end + 1);
        return insert(b, end + 1, line);
    }

    /** A field's text replaced by an odd value: the places where values are read, not only the bytes. */
    private byte[] replaceField(byte[] b) {
        byte separator = separatorOf(b);
        int at = random.nextInt(b.length + 1);
        int start = at;
        while (start > 0 && b[start - 1] != separator && b[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < b.length && b[end] != separator && b[end] != '\r' && b[end] != '\n') {
            end++;
        }
        String value = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
        return concat(Arrays.copyOf(b, start), concat(value.getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(b, end, b.length)));
    }

    private static int lineStart(byte[] b, int at) {
        int start = Math.min(at, b.length);
        while (start > 0 && b[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] cut(byte[] b, int at, int length) {
        return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + length, b.length));
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(concat(Arrays.copyOf(b, at), what), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** The input as it can be pasted into a test: long runs shortened, as hex so every byte shows. */
    static String describe(long seed, int iteration, byte[] bytes) {
        byte[] shown = bytes.length > 600 ? Arrays.copyOf(bytes, 600) : bytes;
        return "seed " + seed + ", iteration " + iteration + ", " + bytes.length + " bytes"
                + (bytes.length > 600 ? " (first 600)" : "") + ": "
                + new String(shown, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n")
                .replace("\0", "\\0") + "\nhex: " + HexFormat.of().formatHex(shown);
    }

    /** {@code -Dfuzz.hunt=true}: print every failure and go on, to see them all at once. */
    static final boolean HUNT = Boolean.getBoolean("fuzz.hunt");

    /** One import of a damaged file ({@code input} describes it): true when it imported, false when refused. */
    interface Attempt {
        boolean imported(CsvFormat format, String input) throws Exception;
    }

    /**
     * Imports the damaged {@code file} once, mostly in the format detected, now and then in one chosen at
     * random, and counts the outcome in {@code outcomes} (imported, refused). A failure fails the test with
     * {@code input} and the format; hunting, it is printed instead.
     */
    static void importOnce(Random random, Path file, String input, int[] outcomes, Attempt attempt) {
        String tried = input;
        try {
            CsvFormat format = random.nextInt(4) == 0
                    ? new CsvFormat(CsvFormat.SEPARATORS.get(random.nextInt(3)),
                            CsvFormat.CHARSETS.get(random.nextInt(3)))
                    : CsvFormat.detect(file);
            tried = input + "\nformat " + format;
            outcomes[attempt.imported(format, tried) ? 0 : 1]++;
        } catch (AssertionError e) {
            if (!HUNT) {
                throw e;
            }
            System.out.println("FUZZFAIL " + e.getMessage().lines().findFirst().orElse("") + "\n" + tried);
        } catch (Exception | StackOverflowError e) {
            if (!HUNT) {
                fail("escaped the import: " + e + "\n" + tried, e);
            }
            System.out.println("FUZZFAIL escaped " + e + " at " + e.getStackTrace()[0] + "\n" + tried);
        }
    }

    /** Lines as an editor counts them: no problem can be on a row beyond them. */
    static int lines(byte[] b) {
        int lines = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * A problem the user can act on: on a row of the file, with a text of both bundles (no raw
     * exception text, no key), formatted without leaving a placeholder.
     */
    static void assertUsable(RowProblem problem, byte[] bytes, String input) {
        String where = problem + "\n" + input;
        assertTrue(problem.row() >= 1 && problem.row() <= lines(bytes), "row within the file: " + where);
        for (Messages messages : List.of(GERMAN, ENGLISH)) {
            assertTrue(messages.has(problem.messageKey()), "a bundle text: " + where);
            String text = messages.get(problem.messageKey(), problem.args().toArray());
            assertFalse(text.isBlank(), "a text: " + where);
            assertFalse(text.matches("(?s).*\\{\\d+[^}]*}.*") && !problem.args().toString().contains("{"),
                    "every placeholder filled: " + text + "\n" + where);
            String line = ImportReport.line(messages, problem);
            assertTrue(line.length() <= 1000, "a line to read, not the whole cell: " + line.length() + " characters, "
                    + where);
        }
    }
}
