package de.stammkunde.service.cards;

import de.stammkunde.domain.cards.Card;

/** A scanned card number: the card, and for a blocked card the number of the card that replaced it ("" if none). */
public record CardLookup(Card card, String replacementNumber) {

    public boolean blocked() {
        return card.isBlocked();
    }
}
