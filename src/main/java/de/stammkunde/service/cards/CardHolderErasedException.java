package de.stammkunde.service.cards;

import de.stammkunde.service.Refusal;

/** No card is issued to a customer whose personal data were erased (GDPR). */
public final class CardHolderErasedException extends RuntimeException implements Refusal {

    public CardHolderErasedException(long customerId) {
        super("The data of customer " + customerId + " were erased; no card is issued");
    }
}
