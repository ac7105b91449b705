package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How single values look in a CSV file: dates in ISO form on export, in ISO or German form on
 * import; gender, status and yes/no in the user's language on export, in either language on import.
 */
public final class CsvValues {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    /** A consent cell: "ja 2024-05-01 Formular im Laden", "nein", "yes 01.05.2024". */
    private static final Pattern CONSENT = Pattern.compile("(\\S+)(?:\\s+(\\d[\\d.\\-]*\\d))?(?:\\s+(.*))?", Pattern.DOTALL);

    private static final Map<String, Boolean> YES_NO = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, CustomerStatus> statuses = new HashMap<>();
    // The export's labels, looked up once: Messages.get builds a MessageFormat on every call, and an
    // export of 100,000 customers asks for a label some 300,000 times.
    private final Map<Gender, String> genderLabels = new EnumMap<>(Gender.class);
    private final Map<CustomerStatus, String> statusLabels = new EnumMap<>(CustomerStatus.class);
    private final String yesLabel;
    private final String noLabel;

    static {
        for (String yes : new String[] {"ja", "j", "yes", "y", "true", "wahr", "x", "1"}) {
            YES_NO.put(yes, true);
        }
        for (String no : new String[] {"nein", "n", "no", "false", "falsch", "0", "-"}) {
            YES_NO.put(no, false);
        }
    }

    public CsvValues(Messages messages) {
        for (Gender g : Gender.values()) {
            genderLabels.put(g, g == Gender.UNKNOWN ? "" : messages.get("gender." + g.name()));
        }
        for (CustomerStatus s : CustomerStatus.values()) {
            statusLabels.put(s, messages.get("status." + s.name()));
        }
        this.yesLabel = messages.get("csv.yes");
        this.noLabel = messages.get("csv.no");
        for (Locale locale : Messages.SUPPORTED) {
            Messages m = new Messages(locale);
            for (Gender g : Gender.values()) {
                genders.put(key(m.get("gender." + g.name())), g);
                genders.put(key(g.name()), g);
            }
            for (CustomerStatus s : CustomerStatus.values()) {
                statuses.put(key(m.get("status." + s.name())), s);
                statuses.put(key(s.name()), s);
            }
        }
        for (String female : new String[] {"w", "weiblich", "f", "female", "frau", "fr.", "mrs", "mrs.", "ms.", "miss"}) {
            genders.put(key(female), Gender.FEMALE);
        }
        for (String male : new String[] {"m", "maennlich", "männlich", "male", "herr", "hr.", "mr."}) {
            genders.put(key(male), Gender.MALE);
        }
        for (String diverse : new String[] {"d", "divers", "x", "diverse"}) {
            genders.put(key(diverse), Gender.DIVERSE);
        }
        for (String none : new String[] {"", "keine angabe", "unbekannt", "k.a.", "unknown", "n/a"}) {
            genders.put(key(none), Gender.UNKNOWN);
        }
        statuses.put(key("Kunde"), CustomerStatus.ACTIVE);
        statuses.put(key("Stammkunde"), CustomerStatus.ACTIVE);
        statuses.put(key("Customer"), CustomerStatus.ACTIVE);
        statuses.put(key("Potenziell"), CustomerStatus.POTENTIAL);
        statuses.put(key("Lead"), CustomerStatus.POTENTIAL);
        statuses.put(key("Ehemalig"), CustomerStatus.LOST);
        statuses.put(key("Inaktiv"), CustomerStatus.LOST);
        statuses.put(key("Inactive"), CustomerStatus.LOST);
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    // ---- export ---------------------------------------------------------------------------------

    public String gender(Gender gender) {
        return genderLabels.get(gender);
    }

    public String status(CustomerStatus status) {
        return statusLabels.get(status);
    }

    public String yesNo(boolean value) {
        return value ? yesLabel : noLabel;
    }

    public String consent(Consent consent) {
        if (consent == null) {
            return "";
        }
        String text = yesNo(consent.granted()) + " " + consent.date();
        return consent.source().isEmpty() ? text : text + " " + consent.source();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    // ---- import ---------------------------------------------------------------------------------

    public Optional<Gender> parseGender(String text) {
        return Optional.ofNullable(genders.get(key(text)));
    }

    public Optional<CustomerStatus> parseStatus(String text) {
        return Optional.ofNullable(statuses.get(key(text)));
    }

    public static Optional<Boolean> parseYesNo(String text) {
        return Optional.ofNullable(YES_NO.get(key(text)));
    }

    /**
     * "2024-05-01", "01.05.2024", "1.5.2024" or "01.05.84"; a two-digit year is the latest year
     * ending in those digits that is not after {@code today}. Empty when the text is no date.
     */
    public static Optional<LocalDate> parseDate(String text, LocalDate today) {
        String value = text.strip();
        try {
            Matcher german = GERMAN_DATE.matcher(value);
            if (german.matches()) {
                int year = Integer.parseInt(german.group(3));
                if (german.group(3).length() == 2) {
                    int century = today.getYear() / 100 * 100;
                    year = century + year > today.getYear() ? century - 100 + year : century + year;
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(german.group(2)),
                        Integer.parseInt(german.group(1))));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A consent cell: yes or no, optionally the day it was given and where. A "yes" without a day
     * counts from {@code today} with {@code defaultSource}, so the shop can still show when it learned it.
     * Empty when the cell says neither yes nor no or has an unreadable date.
     */
    public static Optional<Consent> parseConsent(String text, LocalDate today, String defaultSource) {
        Matcher m = CONSENT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Boolean> granted = parseYesNo(m.group(1));
        if (granted.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = today;
        if (m.group(2) != null) {
            Optional<LocalDate> parsed = parseDate(m.group(2), today);
            if (parsed.isEmpty() || parsed.get().isAfter(today)) {
                return Optional.empty();
            }
            date = parsed.get();
        }
        String source = m.group(3) == null || m.group(3).isBlank() ? defaultSource : m.group(3).strip();
        return Optional.of(new Consent(granted.get(), date, source));
    }
}
