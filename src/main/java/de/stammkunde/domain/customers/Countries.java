package de.stammkunde.domain.customers;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Countries the shop's customers live in, with the postcode formats we can check. */
public final class Countries {

    private static final Map<String, Pattern> POSTCODES = Map.of(
            "DE", Pattern.compile("\\d{5}"),
            "AT", Pattern.compile("\\d{4}"),
            "CH", Pattern.compile("\\d{4}"));

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("d", "DE"), Map.entry("de", "DE"), Map.entry("deu", "DE"), Map.entry("deutschland", "DE"),
            Map.entry("germany", "DE"), Map.entry("brd", "DE"),
            Map.entry("a", "AT"), Map.entry("at", "AT"), Map.entry("aut", "AT"), Map.entry("oesterreich", "AT"),
            Map.entry("austria", "AT"),
            Map.entry("ch", "CH"), Map.entry("che", "CH"), Map.entry("schweiz", "CH"), Map.entry("switzerland", "CH"),
            Map.entry("nl", "NL"), Map.entry("niederlande", "NL"), Map.entry("netherlands", "NL"),
            Map.entry("fr", "FR"), Map.entry("frankreich", "FR"), Map.entry("france", "FR"),
            Map.entry("it", "IT"), Map.entry("italien", "IT"), Map.entry("italy", "IT"),
            Map.entry("pl", "PL"), Map.entry("polen", "PL"), Map.entry("poland", "PL"),
            Map.entry("dk", "DK"), Map.entry("daenemark", "DK"), Map.entry("denmark", "DK"),
            Map.entry("be", "BE"), Map.entry("belgien", "BE"), Map.entry("belgium", "BE"),
            Map.entry("lu", "LU"), Map.entry("luxemburg", "LU"), Map.entry("luxembourg", "LU"),
            Map.entry("cz", "CZ"), Map.entry("tschechien", "CZ"), Map.entry("czechia", "CZ"));

    private Countries() {
    }

    /** True when we know the country's postcode format and the postcode does not follow it. */
    public static boolean isPostcodeInvalid(String country, String postcode) {
        Pattern pattern = POSTCODES.get(country);
        return pattern != null && !postcode.isEmpty() && !pattern.matcher(postcode).matches();
    }

    /** The countries whose postcodes are checked; each has a message {@code validation.postcode.format.<code>}. */
    public static Set<String> checkedPostcodes() {
        return POSTCODES.keySet();
    }

    /** "Deutschland", "Germany", "D" or "de" → "DE"; any two letters pass as an ISO code. */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(CustomerDetails.DEFAULT_COUNTRY);
        }
        String key = Text.fold(text);
        String known = NAMES.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (Text.isTwoLetters(key, 'a', 'z')) {
            return Optional.of(key.toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
