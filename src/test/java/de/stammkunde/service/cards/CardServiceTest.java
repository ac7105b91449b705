package de.stammkunde.service.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.cards.CardDao;
import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CardServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final List<Database> OPEN = new ArrayList<>();

    static Stream<Database> databases() {
        List<Database> dbs = TestDatabases.all();
        OPEN.addAll(dbs);
        return dbs.stream();
    }

    @AfterAll
    static void close() {
        OPEN.forEach(Database::close);
    }

    private static CardService cards(Database db) {
        return new CardService(db.jdbi(), CLOCK, new Workplace("anna", "kasse1"));
    }

    private static CustomerService customers(Database db, CardService cards) {
        return new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of(cards));
    }

    private static Customer customer(Database db, String first, String last) {
        return customers(db, cards(db)).create(Customers.named(first, last));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCardNumberNamesItsHolderAndAnythingElseNobody(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card lost = cards.issue(anna.id());
        Card current = cards.replace(lost.id(), "verloren");
        String typo = current.number().substring(0, 12) + (char) ('0' + (current.number().charAt(12) - '0' + 1) % 10);
        String unknown = CardNumbers.of(CardNumbers.MAX_RUNNING_NUMBER);

        assertEquals(OptionalLong.of(anna.id()), cards.holderOf(CardNumbers.printed(current.number())));
        assertEquals(OptionalLong.of(anna.id()), cards.holderOf(lost.number()), "a blocked card still names its holder");
        assertEquals(OptionalLong.empty(), cards.holderOf(typo), "wrong check digit");
        assertEquals(OptionalLong.empty(), cards.holderOf(unknown), "no such card");
        assertEquals(OptionalLong.empty(), cards.holderOf("Müller"));
        assertEquals(OptionalLong.empty(), cards.holderOf(""));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void issuedCardHasAValidNumberOfOurRangeAndRecordsWhoAndWhen(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");

        Card card = cards.issue(anna.id());

        assertTrue(CardNumbers.isOurs(card.number()), card.number());
        assertEquals(anna.id(), card.customerId());
        assertEquals("anna@kasse1", card.issuedBy());
        assertEquals(LocalDateTime.of(2026, 11, 22, 11, 0), card.issuedAt());
        assertFalse(card.isBlocked());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void issuingAgainReturnsTheActiveCard(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card first = cards.issue(anna.id());

        Card second = cards.issue(anna.id());

        assertEquals(first, second);
        assertEquals(1, cards.cards(anna.id()).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCustomerWhoseDataWereErasedIsIssuedNoCard(Database db) {
        CardService cards = cards(db);
        CustomerService customers = customers(db, cards);
        Customer anna = customers.create(Customers.named("Anna", "Müller"));
        cards.issue(anna.id());
        customers.erase(customers.find(anna.id()).orElseThrow(), "auf Wunsch");

        // a card dialog still open at another till: the card would have found a customer with no name
        assertThrows(CardHolderErasedException.class, () -> cards.issue(anna.id()));
        assertTrue(cards.cards(anna.id()).stream().allMatch(Card::isBlocked));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void replacingBlocksTheOldCardAndIssuesAnActiveNewOne(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card old = cards.issue(anna.id());

        Card replacement = cards.replace(old.id(), "lost");

        assertNotEquals(old.number(), replacement.number());
        assertEquals(anna.id(), replacement.customerId());
        assertEquals(replacement, cards.activeCard(anna.id()).orElseThrow());
        Card blocked = cards.lookup(old.number()).orElseThrow().card();
        assertTrue(blocked.isBlocked());
        assertEquals("lost", blocked.blockReason());
        assertEquals(replacement.id(), blocked.replacedById());
        assertEquals(List.of(replacement.id(), old.id()), cards.cards(anna.id()).stream().map(Card::id).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scanningABlockedCardGivesItsReplacementNumber(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card old = cards.issue(anna.id());
        Card replacement = cards.replace(old.id(), "lost");

        CardLookup found = cards.lookup(CardNumbers.printed(old.number())).orElseThrow();

        assertTrue(found.blocked());
        assertEquals(replacement.number(), found.replacementNumber());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scanningACardLostTwiceGivesTheActiveCardAtTheEndOfTheChain(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card first = cards.issue(anna.id());
        Card second = cards.replace(first.id(), "lost");
        Card third = cards.replace(second.id(), "stolen");

        assertEquals(third.number(), cards.lookup(first.number()).orElseThrow().replacementNumber());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scanningAnActiveCardFindsItWithoutReplacement(Database db) {
        CardService cards = cards(db);
        Card card = cards.issue(customer(db, "Anna", "Müller").id());

        CardLookup found = cards.lookup(card.number()).orElseThrow();

        assertFalse(found.blocked());
        assertEquals("", found.replacementNumber());
        assertEquals(card, found.card());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownNumberFindsNothing(Database db) {
        assertTrue(cards(db).lookup(CardNumbers.of(999)).isEmpty());
        assertTrue(cards(db).lookup("  ").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void replacingABlockedCardIsRefusedAndNamesItsReplacement(Database db) {
        CardService cards = cards(db);
        Customer anna = customer(db, "Anna", "Müller");
        Card old = cards.issue(anna.id());
        Card replacement = cards.replace(old.id(), "lost");

        CardAlreadyBlockedException e = assertThrows(CardAlreadyBlockedException.class,
                () -> cards.replace(old.id(), "lost again"));

        assertEquals(replacement.number(), e.replacementNumber());
        assertEquals(2, cards.cards(anna.id()).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void holderNameIsFirstNameThenLastName(Database db) {
        assertEquals("Anna Müller", cards(db).holderName(customer(db, "Anna", "Müller").id()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void issuingForAnUnknownCustomerIsRefused(Database db) {
        assertThrows(NoSuchElementException.class, () -> cards(db).issue(424242));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void numbersStayUniqueAcrossManyIssuesAndSkipNumbersInUse(Database db) {
        CardService cards = cards(db);
        // A card brought in from elsewhere that sits where the range would go next.
        Customer imported = customer(db, "Eva", "Import");
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO customer_card (card_number, customer_id, issued_at) VALUES (?, ?, ?)""",
                CardNumbers.of(2), imported.id(), LocalDateTime.of(2020, 1, 1, 0, 0)));
        Set<String> numbers = new HashSet<>();
        numbers.add(CardNumbers.of(2));
        for (int i = 0; i < 30; i++) {
            Card card = cards.issue(customer(db, "Kunde", "Nr" + i).id());
            assertTrue(numbers.add(card.number()), "handed out twice: " + card.number());
            if (i % 3 == 0) {
                assertTrue(numbers.add(cards.replace(card.id(), "lost").number()));
            }
        }
        assertEquals(1 + 30 + 10, numbers.size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void numbersInBulkSkipThoseInUseAndContinueAfterThem(Database db) {
        Customer imported = customer(db, "Eva", "Import");
        long next = db.jdbi().withHandle(h -> h.attach(CardDao.class).lockNextNumber());
        for (long inUse : new long[] {next + 1, next + 3}) {
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO customer_card (card_number, customer_id, issued_at) VALUES (?, ?, ?)",
                    CardNumbers.of(inUse), imported.id(), LocalDateTime.of(2020, 1, 1, 0, 0)));
        }
        List<String> numbers = db.jdbi().inTransaction(h -> h.attach(CardDao.class).allocateNumbers(4));
        assertEquals(List.of(CardNumbers.of(next), CardNumbers.of(next + 2), CardNumbers.of(next + 4),
                CardNumbers.of(next + 5)), numbers);
        assertEquals(List.of(CardNumbers.of(next + 6)),
                db.jdbi().inTransaction(h -> h.attach(CardDao.class).allocateNumbers(1)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mergeMovesTheCardsAndBothActiveCardsKeepFindingTheKeptCustomer(Database db) {
        CardService cards = cards(db);
        CustomerService customers = customers(db, cards);
        Customer keep = customers.create(Customers.named("Anna", "Müller"));
        Customer other = customers.create(Customers.named("Anna", "Mueller"));
        Card kept = cards.issue(keep.id());
        Card moved = cards.issue(other.id());

        customers.merge(keep.id(), other.id());

        assertEquals(keep.id(), cards.lookup(moved.number()).orElseThrow().card().customerId());
        assertEquals(keep.id(), cards.lookup(kept.number()).orElseThrow().card().customerId());
        assertEquals(2, cards.cards(keep.id()).size());
        assertTrue(cards.cards(other.id()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCardIssuedForACustomerMergedMeanwhileIsTheKeptCustomersOneCard(Database db) {
        CardService cards = cards(db);
        CustomerService customers = customers(db, cards);
        Customer kept = customers.create(Customers.named("Anna", "Müller"));
        Customer shown = customers.create(Customers.named("Anna", "Mueller"));
        Card own = cards.issue(kept.id());
        customers.merge(kept.id(), shown.id());   // in the office, while the counter's card dialog was open

        Card issued = cards.issue(shown.id());

        assertEquals(own, issued, "the kept customer has an active card already: no second one");
        assertEquals(List.of(own), cards.cards(kept.id()));
    }
}
