package de.stammkunde.service.counter;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.customers.Birthdays;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Text;
import de.stammkunde.service.cards.CardLookup;
import de.stammkunde.service.cards.CardService;
import de.stammkunde.service.coupons.CouponService;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.purchases.PurchaseService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The counter's one input field and its customer panel: a scanned card number, customer number or
 * coupon code goes straight to what it names; anything else is a search.
 */
public final class CounterService {

    public static final int LAST_PURCHASES = 10;
    /** A birthday this many days ahead (or today) shows at the counter. */
    public static final int BIRTHDAY_DAYS_AHEAD = 6;

    private final CustomerService customers;
    private final LoyaltyService loyalty;
    private final CardService cards;
    private final CouponService coupons;
    private final PurchaseService purchases;

    public CounterService(CustomerService customers, LoyaltyService loyalty, CardService cards, CouponService coupons,
            PurchaseService purchases) {
        this.customers = customers;
        this.loyalty = loyalty;
        this.cards = cards;
        this.coupons = coupons;
        this.purchases = purchases;
    }

    /** What a text entered at the counter leads to. */
    public sealed interface Resolution {
        /** {@code mergedNumber}: the number scanned or typed when it was a customer merged into this one, else "". */
        record Found(Customer customer, String mergedNumber) implements Resolution {
        }

        /** {@code holderErased}: the card was blocked when its customer's data was erased (GDPR). */
        record BlockedCard(CardLookup lookup, boolean holderErased) implements Resolution {
        }

        record UnknownCard(String number) implements Resolution {
        }

        record Coupon(CouponCheck check) implements Resolution {
        }

        record Search(String text) implements Resolution {
        }
    }

    /** {@code shownCustomerId}: the customer on screen (a coupon is checked for them), or null. */
    public Resolution resolve(String input, Long shownCustomerId) {
        String text = input == null ? "" : input.strip();
        String digits = CardNumbers.normalise(text);
        if (CardNumbers.looksLikeCard(digits)) {
            Optional<CardLookup> card = cards.lookup(digits);
            if (card.isEmpty()) {
                return new Resolution.UnknownCard(digits);
            }
            if (card.get().blocked()) {
                return new Resolution.BlockedCard(card.get(), customers.find(card.get().card().customerId())
                        .map(Customer::erased).orElse(false));
            }
            // a merge gives the card to the customer kept; followMerge only guards older data
            return customers.find(card.get().card().customerId()).map(this::followMerge)
                    .<Resolution>map(holder -> new Resolution.Found(holder, ""))
                    .orElse(new Resolution.UnknownCard(digits));
        }
        if (Text.isDigits(text)) {
            Optional<Customer> byNumber = customers.findByNumber(text);
            if (byNumber.isPresent()) {
                // findByNumber leads from a merged customer to the one it was merged into
                return new Resolution.Found(byNumber.get(), byNumber.get().number().equals(text) ? "" : text);
            }
        }
        if (CouponCodes.looksLikeCode(text)) {
            return new Resolution.Coupon(coupons.check(text, shownCustomerId, null));
        }
        return new Resolution.Search(text);
    }

    private Customer followMerge(Customer customer) {
        Customer current = customer;
        // a customer merged into one that was merged on later: to the end of the chain (merges never loop)
        while (current.isMerged()) {
            Optional<Customer> kept = customers.find(current.mergedIntoId());
            if (kept.isEmpty()) {
                return current;
            }
            current = kept.get();
        }
        return current;
    }

    /**
     * The customer's panel; for a customer merged into another (e.g. after a sale), the kept one's; empty
     * for one whose data were erased meanwhile.
     */
    public Optional<CustomerPanel> panel(long customerId) {
        return customers.find(customerId).map(this::followMerge).filter(c -> !c.erased()).map(this::panel);
    }

    public CustomerPanel panel(Customer customer) {
        long id = customer.id();
        List<Card> all = cards.cards(id);
        Card active = all.stream().filter(c -> !c.isBlocked()).findFirst().orElse(null);
        int blocked = (int) all.stream().filter(Card::isBlocked).count();
        return new CustomerPanel(customer, loyalty.balance(id), active, blocked, coupons.validCoupons(id),
                purchases.last(id, LAST_PURCHASES), birthdayThisWeek(customer.details().birthDate()));
    }

    /** The customer's birthday if it is today or in the next six days, for the counter to congratulate. */
    private CustomerPanel.Birthday birthdayThisWeek(LocalDate birthDate) {
        if (birthDate == null) {
            return null;
        }
        LocalDate today = customers.today();
        LocalDate next = Birthdays.next(birthDate, today);
        long inDays = ChronoUnit.DAYS.between(today, next);
        return inDays <= BIRTHDAY_DAYS_AHEAD ? new CustomerPanel.Birthday(next, (int) inDays) : null;
    }
}
