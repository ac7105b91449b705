package de.stammkunde.service.cards;

import de.stammkunde.data.cards.CardDao;
import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Issues, blocks and replaces customer cards; a card's points are the customer's, so they stay on replacement. */
public final class CardService implements MergeParticipant {

    /** The longest block reason the table holds. */
    public static final int MAX_REASON_LENGTH = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;

    public CardService(Jdbi jdbi, Clock clock, Workplace workplace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /**
     * A new card for a customer without an active one (an active card is returned as it is). For a
     * customer merged into another meanwhile, the kept customer's card. Refused with
     * {@link CardHolderErasedException} for a customer whose data were erased (a card dialog or form still
     * open at another till): a card with a blank name would have found nobody.
     */
    public Card issue(long forCustomerId) {
        return jdbi.inTransaction(h -> {
            CardDao dao = h.attach(CardDao.class);
            // Every card write takes the range lock first: two counters cannot both issue a first
            // card for the same customer, and locks are always taken in the same order.
            dao.lockNextNumber();
            long customerId = dao.current(forCustomerId)
                    .orElseThrow(() -> new NoSuchElementException("No customer with id " + forCustomerId));
            if (dao.erasedCount(customerId) > 0) {
                throw new CardHolderErasedException(customerId);
            }
            Optional<Card> active = dao.activeOfCustomer(customerId).stream().findFirst();
            if (active.isPresent()) {
                return active.get();
            }
            return dao.find(dao.insert(dao.allocateNumber(), customerId, now(), workplace.who())).orElseThrow();
        });
    }

    /**
     * Lost or stolen: blocks the card and issues its replacement in one transaction. Refused with
     * {@link CardAlreadyBlockedException} for a card that is blocked already.
     */
    public Card replace(long cardId, String reason) {
        String why = reason == null ? "" : reason.strip();
        String stored = why.length() > MAX_REASON_LENGTH ? why.substring(0, MAX_REASON_LENGTH) : why;
        return jdbi.inTransaction(h -> {
            CardDao dao = h.attach(CardDao.class);
            String number = dao.allocateNumber();
            Card old = dao.lock(cardId).orElseThrow(() -> new NoSuchElementException("No card with id " + cardId));
            if (old.isBlocked()) {
                throw new CardAlreadyBlockedException(old.number(), activeReplacement(dao, old));
            }
            long replacementId = dao.insert(number, old.customerId(), now(), workplace.who());
            if (dao.block(old.id(), now(), stored, replacementId) == 0) {
                // Blocked in the meantime: the exception rolls the new card back.
                throw new CardAlreadyBlockedException(old.number(), "");
            }
            return dao.find(replacementId).orElseThrow();
        });
    }

    public Optional<Card> activeCard(long customerId) {
        return jdbi.withExtension(CardDao.class, dao -> dao.activeOfCustomer(customerId).stream().findFirst());
    }

    /** All the customer's cards, newest first. */
    public List<Card> cards(long customerId) {
        return jdbi.withExtension(CardDao.class, dao -> dao.ofCustomer(customerId));
    }

    /** The name printed on the customer's card: "Anna Müller" (or the company); empty for an unknown customer. */
    public String holderName(long customerId) {
        return jdbi.withExtension(CardDao.class, dao -> dao.holderName(customerId)).orElse("");
    }

    /**
     * The holder of the card a text names (a scanned or typed card number, spaces ignored), also of
     * a blocked one; empty for any other text, without asking the database unless the check digit fits.
     */
    public OptionalLong holderOf(String text) {
        String plain = CardNumbers.normalise(text);
        if (!CardNumbers.isValidEan13(plain)) {
            return OptionalLong.empty();
        }
        return lookup(plain).map(found -> OptionalLong.of(found.card().customerId())).orElse(OptionalLong.empty());
    }

    /** A scanned number (spaces ignored): empty when no card has it. */
    public Optional<CardLookup> lookup(String number) {
        String plain = CardNumbers.normalise(number);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withExtension(CardDao.class, dao -> dao.findByNumber(plain)
                .map(card -> new CardLookup(card, card.isBlocked() ? activeReplacement(dao, card) : "")));
    }

    /**
     * The number of the card that replaced a blocked one: the end of the chain when the replacement
     * was lost as well ("" when the chain ends without an active card).
     */
    private static String activeReplacement(CardDao dao, Card blocked) {
        Set<Long> seen = new HashSet<>();
        Card current = blocked;
        while (current.isBlocked() && current.replacedById() != null && seen.add(current.id())) {
            Optional<Card> next = dao.find(current.replacedById());
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return current.isBlocked() ? "" : current.number();
    }

    @Override
    public Set<String> columns() {
        return Set.of("customer_card.customer_id");
    }

    /**
     * The cards go with their customer. If both had an active card, the kept customer now has two;
     * both keep working (each scan finds the kept customer), so neither is blocked behind the staff's back.
     */
    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        handle.attach(CardDao.class).moveCards(fromCustomerId, toCustomerId);
    }

    /** An erased customer's cards are blocked without a replacement: a scan says "blocked card" and no more. */
    @Override
    public void erase(Handle handle, long customerId, Erasure erasure) {
        CardDao dao = handle.attach(CardDao.class);
        for (Card card : dao.activeOfCustomer(customerId)) {
            dao.block(card.id(), erasure.at(), "", null);
        }
    }
}
