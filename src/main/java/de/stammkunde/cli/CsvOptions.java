package de.stammkunde.cli;

import de.stammkunde.i18n.Messages;
import de.stammkunde.service.csv.CsvFormat;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Separator and encoding as written on the command line: ";" "," "tab", "utf-8" "windows-1252" "utf-16". */
final class CsvOptions {

    private CsvOptions() {
    }

    /**
     * The separator the user gave, or {@code fallback} without one; empty after telling the user that
     * the value is not a separator.
     */
    static Optional<Character> separatorOr(String text, char fallback, Messages messages, PrintWriter err) {
        if (text == null) {
            return Optional.of(fallback);
        }
        Optional<Character> parsed = separator(text);
        if (parsed.isEmpty()) {
            err.println(messages.get("cli.csv.badSeparator", text));
        }
        return parsed;
    }

    static Optional<Character> separator(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case ";", "semicolon" -> Optional.of(';');
            case ",", "comma" -> Optional.of(',');
            case "tab", "\\t", "\t" -> Optional.of('\t');
            default -> Optional.empty();
        };
    }

    static Optional<Charset> encoding(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "windows-1252", "cp1252", "latin1", "iso-8859-1", "ansi" -> Optional.of(CsvFormat.WINDOWS_1252);
            case "utf-16", "utf16", "unicode" -> Optional.of(StandardCharsets.UTF_16);
            default -> Optional.empty();
        };
    }
}
