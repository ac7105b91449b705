package de.stammkunde.i18n;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and euro amounts the way the user's locale writes them: 17.05.1980 and 12,50 € in German,
 * 17/05/1980 and €12.50 in English. Amounts are always euro, whatever the locale's own currency.
 */
public final class Formats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dayAndMonth;
    private final DateTimeFormatter dateTime;
    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    public Formats(Locale locale) {
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // The same pattern without the year: "dd.MM.y" -> "dd.MM.", "d MMM y" -> "d MMM", "MMM d, y" -> "MMM d".
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        this.dayAndMonth = DateTimeFormatter.ofPattern(pattern.replaceAll("[\\s,]*y+", "").strip(), locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /**
     * The minus sign (−) of every negative number shown: the texts write discounts with it
     * ("Gutschein −5,00 €"), and a refund's "-5,00 €" beside them had a hyphen.
     */
    private static final char MINUS = '\u2212';

    /** {@code 12,50 €} / {@code €12.50}; negative amounts with a minus sign ({@code −€5.00}). */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)).replace('-', MINUS);
    }

    /** A count or points the locale's way: {@code 1.234} / {@code 1,234}. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Points with their sign: {@code +1.234}, {@code −20}; {@code 0} without one. */
    public String signed(long value) {
        return value > 0 ? "+" + count(value) : count(value).replace('-', MINUS);
    }

    /** Whether the euro sign goes before an amount ({@code €12.50}) rather than after it ({@code 12,50 €}). */
    public boolean euroFirst() {
        return money(BigDecimal.ONE).startsWith("€");
    }

    /** {@code 12,50} / {@code 12.50} without the currency sign, e.g. for an input field. */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Reads an amount as typed at the counter: {@code 12,50}, {@code 12}, {@code 1.234,50} in German,
     * {@code 12.50} or {@code 1,234.50} in English (and the other decimal sign where it cannot be a thousands group); a trailing or leading € and spaces are ignored.
     * Empty for anything else (letters, two decimal separators, more than two decimals).
     */
    public Optional<BigDecimal> parseMoney(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = plain(text);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        String pattern = "-?\\d{1,3}(" + g + "\\d{3})*(" + d + "\\d{1,2})?|-?\\d+(" + d + "\\d{1,2})?";
        if (!plain.matches(pattern)) {
            // "12.50" typed in German (or "12,50" in English) cannot be a thousands group: take it as decimals.
            if (plain.matches("-?\\d+" + g + "\\d{1,2}")) {
                return Optional.of(new BigDecimal(plain.replace(grouping, '.')).setScale(2, RoundingMode.UNNECESSARY));
            }
            return Optional.empty();
        }
        String normal = plain.replace(String.valueOf(grouping), "").replace(decimal, '.');
        return Optional.of(new BigDecimal(normal).setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * A whole number as typed, e.g. points: {@code 1000}, {@code 1.000} in German and {@code 1,000} in
     * English (the locale's thousands groups, as the app shows balances), with an optional sign
     * ({@code +50}, {@code -20} or {@code −20}); spaces are ignored. Empty for decimals ({@code 1,5}),
     * a group that is no thousands group ({@code 1.5}), letters or a number beyond {@code int}.
     */
    public Optional<Integer> parseWholeNumber(String text) {
        return parseBigWholeNumber(text).filter(n -> n.bitLength() < Integer.SIZE).map(BigInteger::intValue);
    }

    /**
     * As {@link #parseWholeNumber}, a number past an int's range taken as its largest (smallest) value:
     * "99999999999" points are more than anyone holds, not "no whole number".
     */
    public Optional<Integer> parseWholeNumberCapped(String text) {
        return parseBigWholeNumber(text).map(n -> n.max(BigInteger.valueOf(Integer.MIN_VALUE))
                .min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
    }

    private Optional<BigInteger> parseBigWholeNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // (a locale that groups with a space: the spaces are gone, the digits read as one number)
        String plain = text.replaceAll("[\\s\u00a0\u202f]", "").replace('\u2212', '-'); // − as in "Punkte (+/−)"
        String grouping = String.valueOf(symbols.getGroupingSeparator());
        if (!plain.matches("[+-]?(\\d{1,3}(" + Pattern.quote(grouping) + "\\d{3})+|\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(plain.replace(grouping, "").replace("+", "")));
    }

    /** "12,345" in German, "12.345" in English: an amount with more decimals than cents. */
    public boolean hasMoreThanCents(String text) {
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        return text != null && plain(text).matches("-?\\d+" + decimal + "\\d{3,}");
    }

    /** An amount as typed without the euro sign and spaces: "12,50 €" → "12,50". */
    private static String plain(String text) {
        return text.replace("€", "").replace("EUR", "").replace('\u00a0', ' ').strip().replace(" ", "");
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** {@code 24.11.} / {@code 24 Nov}: a date whose year is written beside it, as in "24.11. – 24.12.2026". */
    public String dayAndMonth(LocalDate value) {
        return value == null ? "" : dayAndMonth.format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    /**
     * As {@link #dateTime}, but the date alone at midnight to the second: a purchase imported with a date
     * and no time ("2024-05-02"), and the points it earned, are stored at the start of their day, and
     * "02.05.2024, 00:00" read as a sale at midnight. A till that writes "00:00" for no time means the same;
     * a sale at the counter at midnight to the second loses nothing but its time.
     */
    public String dateTimeIfKnown(LocalDateTime value) {
        return value != null && value.toLocalTime().equals(LocalTime.MIDNIGHT) ? date(value.toLocalDate())
                : dateTime(value);
    }
}
