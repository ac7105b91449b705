package de.stammkunde.service.cards;

import de.stammkunde.service.Refusal;

/** A card that is blocked already cannot be blocked or replaced again; its replacement is the one to replace. */
public final class CardAlreadyBlockedException extends RuntimeException implements Refusal {

    private final String number;
    private final String replacementNumber;

    public CardAlreadyBlockedException(String number, String replacementNumber) {
        super("Card " + number + " is blocked already" + (replacementNumber.isEmpty() ? ""
                : "; it was replaced by " + replacementNumber));
        this.number = number;
        this.replacementNumber = replacementNumber;
    }

    public String number() {
        return number;
    }

    /** The active card that replaced it ("" if none). */
    public String replacementNumber() {
        return replacementNumber;
    }
}
