package de.stammkunde.data.cards;

import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardHolder;
import de.stammkunde.domain.cards.CardNumbers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Customer cards. Multi-statement work (numbers, replacing) runs inside the caller's transaction. */
@RegisterRowMapper(CardMapper.class)
public interface CardDao extends MergeLinks {

    @SqlQuery("SELECT " + CardMapper.COLUMNS + " FROM customer_card WHERE id = :id")
    Optional<Card> find(@Bind("id") long id);

    /** The card row locked until the transaction ends: two counters cannot block the same card twice. */
    @SqlQuery("SELECT " + CardMapper.COLUMNS + " FROM customer_card WHERE id = :id FOR UPDATE")
    Optional<Card> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + CardMapper.COLUMNS + " FROM customer_card WHERE card_number = :number")
    Optional<Card> findByNumber(@Bind("number") String number);

    /** Newest first; the id breaks ties of cards issued within the same second. */
    @SqlQuery("SELECT " + CardMapper.COLUMNS
            + " FROM customer_card WHERE customer_id = :customer ORDER BY issued_at DESC, id DESC")
    List<Card> ofCustomer(@Bind("customer") long customerId);

    @SqlQuery("SELECT " + CardMapper.COLUMNS + """
             FROM customer_card WHERE customer_id = :customer AND blocked_at IS NULL
            ORDER BY issued_at DESC, id DESC""")
    List<Card> activeOfCustomer(@Bind("customer") long customerId);

    @SqlUpdate("""
            INSERT INTO customer_card (card_number, customer_id, issued_at, issued_by)
            VALUES (:number, :customer, :at, :by)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("number") String number, @Bind("customer") long customerId, @Bind("at") LocalDateTime at,
            @Bind("by") String issuedBy);

    /** Blocks an active card; 0 when it was blocked already. */
    @SqlUpdate("""
            UPDATE customer_card SET blocked_at = :at, block_reason = :reason, replaced_by_id = :replacement
            WHERE id = :id AND blocked_at IS NULL""")
    int block(@Bind("id") long id, @Bind("at") LocalDateTime at, @Bind("reason") String reason,
            @Bind("replacement") Long replacementId);

    @SqlUpdate("UPDATE customer_card SET customer_id = :to WHERE customer_id = :from")
    int moveCards(@Bind("from") long fromCustomerId, @Bind("to") long toCustomerId);

    // ---- numbers --------------------------------------------------------------------------------

    /** Locks the 'card' number range: every issue runs one after the other. */
    @SqlQuery("SELECT next_value FROM number_range WHERE range_name = 'card' FOR UPDATE")
    long lockNextNumber();

    @SqlUpdate("UPDATE number_range SET next_value = :next WHERE range_name = 'card'")
    void setNextNumber(@Bind("next") long next);

    record HolderRow(String firstName, String lastName, String company) {
    }

    @SqlQuery("SELECT first_name, last_name, company FROM customer WHERE id = :id")
    @RegisterConstructorMapper(HolderRow.class)
    Optional<HolderRow> holderRow(@Bind("id") long customerId);

    /** 1 when the customer's personal data were erased (GDPR), else 0. */
    @SqlQuery("SELECT COUNT(*) FROM customer WHERE id = :id AND erased_at IS NOT NULL")
    int erasedCount(@Bind("id") long customerId);

    /** The name to print on the customer's card (empty when there is no such customer). */
    default Optional<String> holderName(long customerId) {
        return holderRow(customerId).map(r -> CardHolder.name(r.firstName(), r.lastName(), r.company()));
    }

    /** Which of these numbers some card has already. */
    @SqlQuery("SELECT card_number FROM customer_card WHERE card_number IN (<numbers>)")
    Set<String> takenNumbers(@BindList("numbers") List<String> numbers);

    /**
     * The next free card number of our range. Numbers brought in from elsewhere (an old card
     * system) may sit inside it; those are skipped, never handed out twice. Call inside a
     * transaction: the range stays locked until it ends.
     */
    default String allocateNumber() {
        return allocateNumbers(1).get(0);
    }

    /** {@code count} free numbers in one go (demo data issues thousands of cards at once). */
    default List<String> allocateNumbers(int count) {
        long next = lockNextNumber();
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            List<String> candidates = new ArrayList<>();
            while (candidates.size() < Math.min(count - numbers.size(), 1000)) {
                candidates.add(CardNumbers.of(next++));
            }
            Set<String> taken = takenNumbers(candidates);
            candidates.stream().filter(n -> !taken.contains(n)).forEach(numbers::add);
        }
        setNextNumber(next);
        return numbers;
    }
}
