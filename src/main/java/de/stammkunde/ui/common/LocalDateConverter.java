package de.stammkunde.ui.common;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * A date picker's text in the user's format ({@code 24.12.2026}, {@code 24 Dec 2026}). Text it cannot
 * read, and a day the month does not have, give no date (the form then says so): the formatter
 * alone made 31.02.2026 the 28th without a word.
 */
public final class LocalDateConverter extends StringConverter<LocalDate> {

    private final DateTimeFormatter format;

    public LocalDateConverter(Locale locale) {
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
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
        try {
            LocalDate date = LocalDate.parse(plain, format);
            // The localized pattern has a year of era, which the strict resolver will not take
            // without an era; so compare the day as typed with the day resolved instead.
            TemporalAccessor typed = format.parseUnresolved(plain, new ParsePosition(0));
            if (typed != null && typed.isSupported(ChronoField.DAY_OF_MONTH)
                    && typed.getLong(ChronoField.DAY_OF_MONTH) != date.getDayOfMonth()) {
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
