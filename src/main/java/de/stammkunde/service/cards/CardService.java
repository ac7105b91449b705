package de.stammkunde.service.cards;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Issues, blocks and replaces customer cards; a card's points are the customer's, so they stay on replacement. */
public final class CardService implements MergeParticipant {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;

    public CardService(Jdbi jdbi, Clock clock, Workplace workplace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
    }

    /** A new card for a customer without an active one (an active card is returned as it is). */
    public Card issue(long customerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** Lost or stolen: blocks the card and issues its replacement in one transaction. */
    public Card replace(long cardId, String reason) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    public Optional<Card> activeCard(long customerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** All the customer's cards, newest first. */
    public List<Card> cards(long customerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    /** A scanned number (spaces ignored): empty when no card has it. */
    public Optional<CardLookup> lookup(String number) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }

    @Override
    public java.util.Set<String> columns() {
        return java.util.Set.of("customer_card.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        throw new UnsupportedOperationException("issue 3: in progress");
    }
}
