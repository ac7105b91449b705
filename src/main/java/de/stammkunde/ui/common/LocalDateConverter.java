package de.stammkunde.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.util.StringConverter;

/**
 * A date picker's text in the user's format ({@code 24.12.2026}, {@code 24 Dec 2026}). It also reads
 * what people type instead: one-digit days and months, a two-digit year as this century
 * ({@code 1.12.26}), the numbers the customer form takes ({@code 1/12/2026} in English) and
 * {@code 2026-12-01}. The localized pattern alone read {@code 01.12.26} as the year 26 and refused
 * {@code 01/12/2026} in English. Text it cannot read, and a day the month does not have, give no
 * date (the form then says so): the formatter alone made 31.02.2026 the 28th without a word.
 * Given today, a date without a year ({@code 1.12.}, {@code 1/12}) is the one nearest to today: in
 * November, {@code 15.1.} is next January; without, it was "please enter a date".
 */
public final class LocalDateConverter extends StringConverter<LocalDate> {

    private final DateTimeFormatter format;
    private final List<DateTimeFormatter> readers = new ArrayList<>();
    private final Supplier<LocalDate> today;
    private final Pattern withoutYear;

    public LocalDateConverter(Locale locale) {
        this(locale, null);
    }

    /** {@code today} null: a date needs its year. */
    public LocalDateConverter(Locale locale, Supplier<LocalDate> today) {
        this.today = today;
        this.withoutYear = Pattern.compile("de".equals(locale.getLanguage())
                ? "(\\d{1,2})\\.(\\d{1,2})\\.?" : "(\\d{1,2})/(\\d{1,2})");
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        // Day first in English too, as the customer form and the app's English (British) formats.
        String numeric = "de".equals(locale.getLanguage()) ? "d.M.y" : "d/M/y";
        Set<String> patterns = new LinkedHashSet<>();
        for (String pattern : List.of(medium, numeric)) {
            String flexible = pattern.replaceAll("d+", "d").replaceAll("(?<!M)MM(?!M)", "M");
            // uuuu: four digits as written; uu: two digits, 2000 to 2099.
            patterns.add(flexible.replaceAll("y+", "uuuu"));
            patterns.add(flexible.replaceAll("y+", "uu"));
        }
        for (String pattern : patterns) {
            readers.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT));
        }
        readers.add(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        for (DateTimeFormatter reader : readers) {
            try {
                // STRICT: 31.02.2026 is no date rather than the 28th.
                return LocalDate.parse(plain, reader);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        Matcher dayMonth = withoutYear.matcher(plain);
        return today != null && dayMonth.matches()
                ? nearest(Integer.parseInt(dayMonth.group(1)), Integer.parseInt(dayMonth.group(2)), today.get())
                : null;
    }

    /** The day and month in last, this or next year, whichever is nearest to {@code today}; null for no such day. */
    private static LocalDate nearest(int day, int month, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(today, date))
                        < Math.abs(ChronoUnit.DAYS.between(today, best))) {
                    best = date;
                }
            } catch (DateTimeException e) {
                // 31.4., or 29.2. in a year without it
            }
        }
        return best;
    }
}
