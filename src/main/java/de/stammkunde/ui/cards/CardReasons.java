package de.stammkunde.ui.cards;

import de.stammkunde.i18n.Messages;
import java.util.List;

/**
 * Why a card was blocked, in the user's language. The reason is stored as the button read that was
 * pressed ("Verloren" on a German computer, "Lost" on an English one): a card blocked in German showed
 * "Verloren" on an English screen. The three reasons offered are shown in the language of the screen,
 * anything else as it was stored.
 */
public final class CardReasons {

    /** The reasons "Card lost …" offers, one button each. */
    static final List<String> KEYS = List.of("cards.reason.lost", "cards.reason.stolen", "cards.reason.damaged");

    private CardReasons() {
    }

    /** The stored reason in the language of {@code messages}; "" for none. */
    public static String text(String stored, Messages messages) {
        String reason = stored == null ? "" : stored.strip();
        for (String key : KEYS) {
            for (var locale : Messages.SUPPORTED) {
                if (new Messages(locale).get(key).equals(reason)) {
                    return messages.get(key);
                }
            }
        }
        return reason;
    }
}
