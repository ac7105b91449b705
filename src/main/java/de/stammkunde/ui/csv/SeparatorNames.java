package de.stammkunde.ui.csv;

import de.stammkunde.i18n.Messages;
import java.util.function.Function;

/** "Semikolon ( ; )", "Komma ( , )", "Tabulator". */
final class SeparatorNames {

    private SeparatorNames() {
    }

    static Function<Character, String> of(Messages messages) {
        return c -> switch (c) {
            case ';' -> messages.get("csv.separator.semicolon");
            case ',' -> messages.get("csv.separator.comma");
            default -> messages.get("csv.separator.tab");
        };
    }
}
