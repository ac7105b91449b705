package de.stammkunde.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import de.stammkunde.domain.customers.Countries;
import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.DuplicateReason;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text in both languages, every key the code and FXML use present, every pattern valid. */
class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("de").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // The second of two lines with one key wins: the help of --encoding showed a message meant for after an import.
        List<String> twice = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(language + ": " + key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void everyMessagePatternIsValid() throws IOException {
        for (String language : List.of("de", "en")) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                if (isPicocliKey(key)) {
                    continue;
                }
                new MessageFormat(p.getProperty(key));
            }
        }
    }

    /** picocli reads its keys itself, without MessageFormat. */
    private static boolean isPicocliKey(String key) {
        return key.startsWith("cli.option") || key.startsWith("cli.arg") || key.contains("usage.")
                || key.equals("help") || key.equals("version");
    }

    @Test
    void everyKeyUsedInCodeAndFxmlExists() throws IOException {
        Set<String> keys = load("de").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        Pattern inJava = Pattern.compile("(?:messages\\.get|messages\\.has|get)\\(\"([a-zA-Z][\\w.]*)\"");
        Pattern inFxml = Pattern.compile("\"%([\\w.]+)\"");
        Pattern descriptionKey = Pattern.compile("descriptionKey = \"([\\w.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                String text = Files.readString(file);
                for (Pattern pattern : List.of(inJava, inFxml, descriptionKey)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        String key = m.group(1);
                        // a key ending in "." is a prefix completed with an enum name; the enum test covers those
                        if (key.contains(".") && !key.endsWith(".") && !keys.contains(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Missing keys: " + missing);
    }

    @Test
    void oneOfSomethingIsSingular() {
        // A purchase of 1.50 earns one point: the counter said "+1 points, new balance 1 points".
        Messages english = new Messages(java.util.Locale.UK);
        Messages german = new Messages(java.util.Locale.GERMANY);
        assertEquals("+1 point, new balance 1 point", english.get("sale.booked.earned", 1, 1));
        assertEquals("+1 Punkt, neuer Stand 1 Punkt", german.get("sale.booked.earned", 1, 1));
        assertEquals("1 point expires by\u00a01 Dec", english.get("counter.pointsExpiring", 1, "1 Dec"));
        assertEquals("1 Punkt verfällt bis\u00a001.12.", german.get("counter.pointsExpiring", 1, "01.12."));
        assertEquals("To pay: €1.50 · earns 1 point", english.get("sale.summary", "€1.50", 1));
        assertEquals("1 coupon saved to a.pdf.", english.get("coupons.pdf.done", 1, "a.pdf"));
        assertEquals("2,345 points = €117.25", english.get("counter.pointsBalance", 2345, "€117.25"));
        assertEquals("Refunded: €20.00. Points \u22121,234, new balance 0 points.",
                english.get("history.refunded", "€20.00", -1234, 0));
        // The export of one customer said "1 Kunde ist in der aktuellen Liste und werden exportiert".
        assertEquals("1 Kunde ist in der aktuellen Liste und wird exportiert.", german.get("export.count", 1));
    }

    @Test
    void theExportOfAnEmptyListSaysWhatTheFileHoldsNotThatNoCustomersAreExported() {
        // A first day: "No customers are in the current list and will be exported", and Export wrote a file.
        Messages english = new Messages(java.util.Locale.UK);
        Messages german = new Messages(java.util.Locale.GERMANY);
        assertEquals("The current list is empty: the file holds only the column headers, e.g. as a template to"
                + " fill in for an import.", english.get("export.count", 0));
        assertEquals("Die aktuelle Liste ist leer: Die Datei enthält nur die Spaltenüberschriften, z.\u00a0B. als"
                + " Vorlage zum Ausfüllen für einen Import.", german.get("export.count", 0));
        assertEquals("3 Kunden sind in der aktuellen Liste und werden exportiert.", german.get("export.count", 3));
    }

    @Test
    void germanTextsFollowGermanTypography() throws IOException {
        // The import report wrapped "(z." and "B. AT)" onto two lines; a value the user typed is quoted „so“.
        Properties german = load("de");
        List<String> wrong = new ArrayList<>();
        for (String key : german.stringPropertyNames()) {
            String text = german.getProperty(key);
            if (text.contains("z. B.") || text.contains("\"{") || text.contains("...")) {
                wrong.add(key + "=" + text);
            }
        }
        assertTrue(wrong.isEmpty(), "Use z.\\u00a0B., „…“ and … in: " + wrong);
    }

    @Test
    void theCountersNarrowColumnKeepsEachDateWithItsWord() throws IOException {
        // At 1024 pixels a coupon read "JEPU-59WM-G6L · 5,00 € Rabatt · bis" with "03.01.2027" below.
        Properties german = load("de");
        for (String key : List.of("counter.couponLine", "counter.pointsExpiring", "counter.cardActive")) {
            assertTrue(german.getProperty(key).matches(".*(bis|seit)\u00a0\\{\\d\\}.*"), key);
        }
    }

    @Test
    void everyEnumValueShownToTheUserHasAText() throws IOException {
        Properties de = load("de");
        List<String> missing = new ArrayList<>();
        check(de, "status.", CustomerStatus.values(), missing);
        check(de, "gender.", Gender.values(), missing);
        check(de, "consent.channel.", ConsentChannel.values(), missing);
        check(de, "filter.consent.", ConsentChannel.values(), missing);
        check(de, "filter.archive.", ArchiveFilter.values(), missing);
        check(de, "duplicate.reason.", DuplicateReason.values(), missing);
        check(de, "import.policy.", DuplicatePolicy.values(), missing);
        for (String country : Countries.checkedPostcodes()) {
            if (!de.containsKey("validation.postcode.format." + country)) {
                missing.add("validation.postcode.format." + country);
            }
        }
        for (CustomerColumn column : CustomerColumn.values()) {
            if (!de.containsKey(column.labelKey())) {
                missing.add(column.labelKey());
            }
        }
        assertTrue(missing.isEmpty(), "Missing keys: " + missing);
    }

    private static void check(Properties p, String prefix, Enum<?>[] values, List<String> missing) {
        for (Enum<?> value : values) {
            if (!p.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }
}
