package de.stammkunde.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates (and later euro amounts) the way the user's locale writes them: 17.05.1980 or 17/05/1980. */
public final class Formats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale) {
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }
}
