package de.stammkunde.service.csv;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

    /** Day first, with dots (German) or slashes (British, Irish): 17.05.1980, 17/05/1980, 17.5.80. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    private static final Pattern NO_DATE = Pattern.compile("0{1,2}\\.0{1,2}\\.0{2,4}|0{1,2}/0{1,2}/0{2,4}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern DATE_AND_TIME = Pattern.compile("(\\S+?)(?:[ T,]+(\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)(?:\\s*Uhr)?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\s*Uhr)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    /** A consent cell: "ja 2024-05-01 Formular im Laden", "nein", "yes 01.05.2024". */
    private static final Pattern CONSENT = Pattern.compile("(\\S+)(?:\\s+(\\d[\\d./\\-]*\\d))?(?:\\s+(.*))?", Pattern.DOTALL);

    private static final Map<String, Boolean> YES_NO = new HashMap<>();
    private static final Map<String, PaymentMethod> PAYMENTS = new HashMap<>();
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
        payments(PaymentMethod.CASH, "bar", "bargeld", "barzahlung", "cash");
        payments(PaymentMethod.GIROCARD, "ec", "ec-karte", "ec-cash", "girocard", "karte", "kartenzahlung", "debit",
                "debitkarte", "debit card", "maestro", "v pay", "card");
        payments(PaymentMethod.CREDIT_CARD, "kreditkarte", "kk", "credit card", "creditcard", "visa", "mastercard",
                "amex", "american express");
        payments(PaymentMethod.INVOICE, "rechnung", "auf rechnung", "überweisung", "invoice", "bank transfer");
        for (PaymentMethod method : PaymentMethod.values()) {
            payments(method, method.name());
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
        for (String none : new String[] {"", "keine angabe", "nicht angegeben", "unbekannt", "k.a.", "unknown", "unspecified",
            "n/a"}) {
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

    private static void payments(PaymentMethod method, String... words) {
        for (String word : words) {
            PAYMENTS.put(HeaderMatcher.normalise(word), method);
        }
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

    /**
     * {@link #DATE_TIME} written by hand, for years 0–9999 (created and updated times come from the
     * app's clock): the formatter was a few percent of an export, two values per customer.
     */
    public static String dateTime(LocalDateTime dateTime) {
        if (dateTime == null) {
            return "";
        }
        char[] text = new char[19];
        digits(text, 0, dateTime.getYear(), 4);
        text[4] = '-';
        digits(text, 5, dateTime.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, dateTime.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, dateTime.getHour(), 2);
        text[13] = ':';
        digits(text, 14, dateTime.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, dateTime.getSecond(), 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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

    /** Whether a date cell says "no date" as Outlook writes it: "0.0.00" (German) or "0/0/00". */
    public static boolean isNoDate(String text) {
        return NO_DATE.matcher(text.strip()).matches();
    }

    /**
     * "2024-05-01", "01.05.2024", "1.5.2024", "01.05.84" or "01/05/2024" (day first, as in the UK
     * and Ireland, and as the English customer form takes it); a two-digit year is the latest year
     * ending in those digits that is not after {@code today}. Empty when the text is no date.
     */
    public static Optional<LocalDate> parseDate(String text, LocalDate today) {
        String value = text.strip();
        try {
            Matcher dayFirst = DAY_FIRST_DATE.matcher(value);
            if (dayFirst.matches()) {
                int year = Integer.parseInt(dayFirst.group(4));
                if (dayFirst.group(4).length() == 2) {
                    int century = today.getYear() / 100 * 100;
                    year = century + year > today.getYear() ? century - 100 + year : century + year;
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1))));
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
     * Whether {@code text} is written as a date ("31.02.1980", "1980-02-31") whose month has no such day: the
     * problem is the day, not how it is written.
     */
    public static boolean isDayTheMonthLacks(String text) {
        String value = text.strip();
        Matcher dayFirst = DAY_FIRST_DATE.matcher(value);
        Matcher iso = ISO_DATE.matcher(value);
        int day;
        int month;
        if (dayFirst.matches()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(3));
        } else if (iso.matches()) {
            day = Integer.parseInt(iso.group(3));
            month = Integer.parseInt(iso.group(2));
        } else {
            return false;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && parseDate(value, LocalDate.EPOCH).isEmpty();
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

    /** Whether a consent cell brings its own date ("ja 01.05.2024"), not just "ja". */
    public static boolean consentHasDate(String text) {
        Matcher m = CONSENT.matcher(text.strip());
        return m.matches() && m.group(2) != null;
    }

    /** "14:05", "14:05:30", "14.05" or "14:05 Uhr". Empty when the text is no time of day. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date as {@link #parseDate} reads it, optionally followed by a time ("01.05.2024 14:05",
     * "2024-05-01T14:05:30"); without a time it is the start of the day. Empty when unreadable.
     */
    public static Optional<LocalDateTime> parseDateTime(String text, LocalDate today) {
        Matcher m = DATE_AND_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(m.group(1), today);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(date.get().atStartOfDay());
        }
        return parseTime(m.group(2)).map(date.get()::atTime);
    }

    /**
     * A euro amount as tills and spreadsheets write it, whatever the user's language: "12,50",
     * "12.50", "1.234,56", "1,234.56", "1234", "12,50 €", "-3,00". One separator followed by exactly
     * three digits ("1.234") is a thousands group. Empty when it is no amount with at most two decimals.
     */
    public static Optional<BigDecimal> parseAmount(String text) {
        return parseDecimal(text, 2, true);
    }

    /** A quantity: "2", "0,5", "1.250" (a separator is always the decimal point here); up to three decimals. */
    public static Optional<BigDecimal> parseQuantity(String text) {
        return parseDecimal(text, 3, false);
    }

    private static Optional<BigDecimal> parseDecimal(String text, int maxScale, boolean groupsOfThree) {
        String plain = text.replace("€", "").replace("EUR", "").replace('\u00a0', ' ').replace(" ", "").strip();
        boolean negative = false;
        if (plain.startsWith("-")) {
            negative = true;
            plain = plain.substring(1);
        } else if (plain.endsWith("-")) {
            // some tills print a return as "12,50-"
            negative = true;
            plain = plain.substring(0, plain.length() - 1);
        }
        int lastDot = plain.lastIndexOf('.');
        int lastComma = plain.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            int at = Math.max(lastDot, lastComma);
            String whole = plain.substring(0, at);
            if (!whole.matches("[1-9]\\d{0,2}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+")) {
                return Optional.empty();
            }
            normal = whole.replace(String.valueOf(grouping), "") + "." + plain.substring(at + 1);
        } else {
            char separator = lastDot >= 0 ? '.' : ',';
            int count = (int) plain.chars().filter(c -> c == separator).count();
            String grouped = "[1-9]\\d{0,2}(" + Pattern.quote(String.valueOf(separator)) + "\\d{3})+";
            if (groupsOfThree && count >= 1 && plain.matches(grouped)) {
                normal = plain.replace(String.valueOf(separator), "");
            } else if (count > 1) {
                return Optional.empty();
            } else {
                normal = plain.replace(separator, '.');
            }
        }
        if (!PLAIN_NUMBER.matcher(normal).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(normal);
        if (value.stripTrailingZeros().scale() > maxScale) {
            return Optional.empty();
        }
        value = value.setScale(Math.max(value.stripTrailingZeros().scale(), maxScale == 2 ? 2 : 0), RoundingMode.UNNECESSARY);
        return Optional.of(negative ? value.negate() : value);
    }

    /**
     * How a till writes the payment: "bar", "EC", "Karte", "Kreditkarte", "Rechnung" and their English
     * words; anything else (or nothing) is {@link PaymentMethod#OTHER}.
     */
    public static PaymentMethod parsePayment(String text) {
        return PAYMENTS.getOrDefault(HeaderMatcher.normalise(text), PaymentMethod.OTHER);
    }
}
