package de.stammkunde.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the user sees, looked up in {@code messages_de} / {@code messages_en}. Always formatted
 * with {@link MessageFormat}, so an apostrophe is written {@code ''} in every entry, with or without
 * arguments, and translators never have to guess.
 */
public final class Messages {

    public static final String BUNDLE = "de.stammkunde.i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** German for a German-speaking system, English for everyone else. */
    public static Locale supported(Locale requested) {
        return requested != null && "de".equals(requested.getLanguage()) ? Locale.GERMANY : Locale.UK;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the bundle test catches; the user still sees something to report.
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
