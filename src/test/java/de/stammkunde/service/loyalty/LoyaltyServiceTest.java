package de.stammkunde.service.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.MovableClock;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The points ledger: earning, redeeming, expiry, refunds, corrections, two counters at once. */
class LoyaltyServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-10T10:00:00Z"), BERLIN);
    private AppContext app;
    private LoyaltyService loyalty;

    static Stream<Database> databases() {
        return TestDatabases.all().stream();
    }

    private long customer(Database db) {
        app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN), clock);
        loyalty = app.loyalty();
        return app.customers().create(Customers.anna()).id();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private long purchase(Database db, long customerId, String paid) {
        return db.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO purchase (customer_id, purchased_at, total, paid, created_at)
                VALUES (:c, :at, :paid, :paid, :at)""").bind("c", customerId).bind("paid", new BigDecimal(paid))
                .bind("at", LocalDateTime.now(clock)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private int earn(Database db, long customerId, String paid) {
        long purchase = purchase(db, customerId, paid);
        return db.jdbi().inTransaction(h -> loyalty.earn(h, customerId, purchase, new BigDecimal(paid),
                LocalDateTime.now(clock)));
    }

    /** A purchase that earned its points; returns the purchase. */
    private long bought(Database db, long customerId, String paid) {
        long purchase = purchase(db, customerId, paid);
        db.jdbi().useTransaction(h -> loyalty.earn(h, customerId, purchase, new BigDecimal(paid),
                LocalDateTime.now(clock)));
        return purchase;
    }

    private BigDecimal redeem(Database db, long customerId, int points) {
        long purchase = purchase(db, customerId, "100");
        return db.jdbi().inTransaction(h -> loyalty.redeem(h, customerId, purchase, points, new BigDecimal("100"),
                LocalDateTime.now(clock)));
    }

    private int ledgerSum(long customerId) {
        return ledger(customerId).stream().mapToInt(PointsEntry::points).sum();
    }

    /** The ledger newest first, as the points account shows it. */
    private List<PointsEntry> ledger(long customerId) {
        return loyalty.lines(customerId).stream().map(PointsLine::entry).toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void earnedPointsAreBookedAndTheBalanceIsTheLedgerSum(Database db) {
        long id = customer(db);

        earn(db, id, "42.90");
        earn(db, id, "80.10");

        assertEquals(122, loyalty.balance(id).points());
        assertEquals(new BigDecimal("6.10"), loyalty.balance(id).value());
        assertEquals(new BigDecimal("5.00"), redeem(db, id, 100));
        assertEquals(22, loyalty.balance(id).points());
        assertEquals(22, ledgerSum(id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewRedemptionValueCountsForPointsBookedFromThenOnNotForThoseEarnedBefore(Database db) {
        // After the owner set 100 = 2 €, the counter showed 1,287 points earned at 100 = 5 € as 25,74 €
        long id = customer(db);
        earn(db, id, "1287");
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("2.00"), 100, 0, List.of()));

        assertEquals(new BigDecimal("64.35"), loyalty.balance(id).value());
        loyalty.correct(id, 50, "Kulanz"); // 1,00 € at the new rule
        long imported = purchase(db, id, "100");
        db.jdbi().useTransaction(h -> {
            LoyaltyService.BulkEarning bulk = loyalty.bulkEarning(h, loyalty.rules());
            bulk.earn(id, imported, new BigDecimal("100"), LocalDateTime.now(clock)); // 2,00 € at the new rule
            bulk.flush();
        });
        assertEquals(new BigDecimal("67.35"), loyalty.balance(id).value());
        assertEquals(new BigDecimal("64.35"), redeem(db, id, 1_287), "the oldest points, at their own rule");
        loyalty.correct(id, -100, "Irrtum"); // the 50 of the correction, then 50 of the import
        assertEquals(50, loyalty.balance(id).points());
        assertEquals(new BigDecimal("1.00"), loyalty.balance(id).value());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLedgerIsNewestFirstByItsDateAlsoForAPurchaseImportedAfterwards(Database db) {
        // Before, booking order: points of a purchase from last year, imported today, stood above today's sale.
        long id = customer(db);
        earn(db, id, "10");
        long old = purchase(db, id, "20");
        db.jdbi().useTransaction(h -> loyalty.earn(h, id, old, new BigDecimal("20"),
                LocalDateTime.now(clock).minusYears(1)));
        earn(db, id, "30");

        assertEquals(List.of(30, 10, 20), ledger(id).stream().map(PointsEntry::points).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemingMoreThanTheBalanceIsRefusedAndBooksNothing(Database db) {
        long id = customer(db);
        earn(db, id, "150");

        PointsRefusedException refused = assertThrows(PointsRefusedException.class, () -> redeem(db, id, 200));

        assertEquals(PointsRefusedException.Reason.INSUFFICIENT, refused.reason());
        assertEquals(150, loyalty.balance(id).points());
        assertEquals(1, ledger(id).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemingBelowTheMinimumIsRefused(Database db) {
        long id = customer(db);
        earn(db, id, "500");

        assertEquals(PointsRefusedException.Reason.BELOW_MINIMUM,
                assertThrows(PointsRefusedException.class, () -> redeem(db, id, 99)).reason());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTierFromLastYearsSpendMultipliesNewPoints(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
                List.of(new Tier("Gold", new BigDecimal("1000"), new BigDecimal("2")))));
        earn(db, id, "1000");
        clock.set(Instant.parse("2026-02-10T10:00:00Z"));

        assertEquals(20, earn(db, id, "10"));
        assertEquals("Gold", loyalty.balance(id).tier().name());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRefundOfASaleFromBeforeTheLastTwelveMonthsLeavesTheTiersSpendAlone(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
                List.of(new Tier("Gold", new BigDecimal("1000"), new BigDecimal("2")))));
        Purchase old = app.sales().record(new SaleDraft(id, new BigDecimal("800.00"), List.of(), "",
                PaymentMethod.GIROCARD, LocalDateTime.of(2024, 12, 1, 11, 0), "", 0)).purchase();
        app.sales().record(new SaleDraft(id, new BigDecimal("1000.00"), List.of(), "", PaymentMethod.GIROCARD, null,
                "", 0));

        app.sales().refund(old.id(), "Garantie");

        assertEquals(new BigDecimal("1000.00"), loyalty.balance(id).yearlySpend(),
                "the refund takes back a sale from 13 months ago, which the last 12 months never counted");
        assertEquals("Gold", loyalty.balance(id).tier().name());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pointsExpireOldestFirstAndRulesChangesAreNotRetroactive(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 12, List.of()));
        earn(db, id, "100");
        clock.set(Instant.parse("2026-06-10T10:00:00Z"));
        earn(db, id, "200");
        loyalty.saveRules(PointsRules.DEFAULT);
        redeem(db, id, 150);

        clock.set(Instant.parse("2027-01-09T10:00:00Z"));
        assertEquals(150, loyalty.balance(id).points(), "nothing expired yet");
        assertEquals(0, loyalty.balance(id).expiringSoon(), "the first lot was used up by the redemption");

        clock.set(Instant.parse("2027-06-11T10:00:00Z"));
        assertEquals(0, loyalty.balance(id).points(), "the rest of the second lot expired after its 12 months");
        assertEquals(PointsKind.EXPIRE, ledger(id).get(0).kind());
        assertEquals(-150, ledger(id).get(0).points());
        assertEquals(0, ledgerSum(id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pointsExpiringWithinThirtyDaysAreShown(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 1, List.of()));
        earn(db, id, "80");

        clock.set(Instant.parse("2026-01-25T10:00:00Z"));

        assertEquals(80, loyalty.balance(id).expiringSoon());
        assertEquals(java.time.LocalDate.of(2026, 2, 10), loyalty.balance(id).nextExpiry());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withExpirySwitchedOffPointsNeverExpireOnceNoneEarnedEarlierCarriesADate(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 1, List.of()));
        earn(db, id, "80");
        assertFalse(loyalty.balance(id).neverExpire(), "expiry is on");

        loyalty.saveRules(PointsRules.DEFAULT);
        earn(db, id, "50");
        assertFalse(loyalty.balance(id).neverExpire(), "the 80 points earned before still expire on 10 February");
        assertEquals(0, loyalty.balance(id).expiringSoon());

        clock.set(Instant.parse("2026-02-11T10:00:00Z"));
        assertEquals(50, loyalty.balance(id).points());
        assertTrue(loyalty.balance(id).neverExpire(), "the 50 left carry no date");
        assertEquals(null, loyalty.balance(id).nextExpiry());
    }

    /**
     * A sale of 5 February entered on 15 February: the points that expired on 10 February are gone from the
     * account the counter shows, and they cannot pay for it (they could, as long as nothing had booked their
     * expiry yet, since it was booked as of the sale's date).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aSaleEnteredAfterwardsCannotPayWithPointsThatExpiredSinceItsDate(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 10, 1, List.of()));
        earn(db, id, "100"); // expire on 10 February
        clock.set(Instant.parse("2026-02-15T10:00:00Z"));
        long purchase = purchase(db, id, "100");
        LocalDateTime saleTime = LocalDateTime.of(2026, 2, 5, 16, 0);

        PointsRefusedException refused = assertThrows(PointsRefusedException.class, () -> db.jdbi().useTransaction(
                h -> loyalty.redeem(h, id, purchase, 60, new BigDecimal("100"), saleTime)));

        assertEquals(PointsRefusedException.Reason.INSUFFICIENT, refused.reason());
        assertEquals(0, refused.balance(), "the balance of today, as the counter shows it");
        assertEquals(0, loyalty.balance(id).points());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundCannotTakeBackPointsAlreadySpent(Database db) {
        long id = customer(db);
        long bought = bought(db, id, "200");
        redeem(db, id, 150);
        long refund = purchase(db, id, "-200");

        int change = db.jdbi().inTransaction(h -> loyalty.reverse(h, id, bought, refund, LocalDateTime.now(clock)))
                .change();

        assertEquals(-50, change);
        assertEquals(0, loyalty.balance(id).points());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundDoesNotTakeNewerPointsForItsOwnThatExpiredUnused(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 1, List.of()));
        long bought = bought(db, id, "20");
        clock.set(Instant.parse("2026-02-20T10:00:00Z"));
        earn(db, id, "50");
        long refund = purchase(db, id, "-20");

        int change = db.jdbi().inTransaction(h -> loyalty.reverse(h, id, bought, refund, LocalDateTime.now(clock)))
                .change();

        assertEquals(0, change, "the sale's 20 points expired on 10 February without being used");
        assertEquals(50, loyalty.balance(id).points());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundTakesBackThePartOfItsPointsSpentBeforeTheRestExpired(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 0, 1, List.of()));
        long bought = bought(db, id, "20");
        redeem(db, id, 15);
        clock.set(Instant.parse("2026-02-20T10:00:00Z"));
        earn(db, id, "50");
        long refund = purchase(db, id, "-20");

        int change = db.jdbi().inTransaction(h -> loyalty.reverse(h, id, bought, refund, LocalDateTime.now(clock)))
                .change();

        assertEquals(-15, change, "15 of the sale's points were used, the other 5 expired");
        assertEquals(35, loyalty.balance(id).points());
    }

    private long redeemFor(Database db, long customerId, int points) {
        long purchase = purchase(db, customerId, "100");
        db.jdbi().useTransaction(h -> loyalty.redeem(h, customerId, purchase, points, new BigDecimal("100"),
                LocalDateTime.now(clock)));
        return purchase;
    }

    /** The refund of {@code purchase}: its own row pointing to it, as the sale service books it, and the points. */
    private LoyaltyService.Reversal refund(Database db, long customerId, long purchase) {
        long refund = db.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO purchase (customer_id, kind, purchased_at, total, paid, refund_of_id, created_at)
                VALUES (:c, 'REFUND', :at, -100, -100, :of, :at)""").bind("c", customerId).bind("of", purchase)
                .bind("at", LocalDateTime.now(clock)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return db.jdbi().inTransaction(h -> loyalty.reverse(h, customerId, purchase, refund,
                LocalDateTime.now(clock)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundGivesRedeemedPointsBackWithTheExpiryDatesTheyHad(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 12, List.of()));
        earn(db, id, "100"); // expires 2027-01-10
        clock.set(Instant.parse("2026-06-10T10:00:00Z"));
        earn(db, id, "200"); // expires 2027-06-10
        long paidWithPoints = redeemFor(db, id, 150);
        clock.set(Instant.parse("2026-07-01T10:00:00Z"));

        assertEquals(150, refund(db, id, paidWithPoints).change());

        List<PointsEntry> back = ledger(id).stream().filter(e -> e.kind() == PointsKind.REVERSAL).toList();
        assertEquals(Map.of(LocalDate.of(2027, 1, 10), 100, LocalDate.of(2027, 6, 10), 50), back.stream()
                .collect(java.util.stream.Collectors.toMap(PointsEntry::expiresOn, PointsEntry::points)),
                "not a fresh year from the refund: paying with points about to expire and returning the goods "
                        + "does not renew them");
        assertEquals(300, loyalty.balance(id).points());
        clock.set(Instant.parse("2026-12-20T10:00:00Z"));
        assertEquals(100, loyalty.balance(id).expiringSoon());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLedgerTellsRowsThatGavePointsBackIntoTheirLotsFromLotsOfTheirOwn(Database db) {
        // The points account showed "0" remaining beside the 150 points a refund gave back, as if they were gone,
        // though they were back in the rows they came from; it can tell such rows now.
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 12, List.of()));
        earn(db, id, "100");
        clock.set(Instant.parse("2026-06-10T10:00:00Z"));
        earn(db, id, "200");
        long paidWithPoints = redeemFor(db, id, 150);
        // a redemption booked before the lots it used were noted: its refund gives a lot of its own
        long paidBefore = redeemFor(db, id, 100);
        db.jdbi().useHandle(h -> h.execute("DELETE FROM points_use WHERE redeem_id = (SELECT id FROM points_entry "
                + "WHERE purchase_id = ? AND kind = 'REDEEM')", paidBefore));
        clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        refund(db, id, paidWithPoints);
        refund(db, id, paidBefore);
        redeem(db, id, 300); // spends that lot to its last point

        List<PointsLine> back = loyalty.lines(id).stream()
                .filter(l -> l.entry().kind() == PointsKind.REVERSAL && l.entry().points() > 0).toList();
        assertEquals(List.of("100 0 false", "50 0 true", "100 0 true"), back.stream()
                .map(l -> l.entry().points() + " " + l.entry().remaining() + " " + l.backInLots()).toList());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemedPointsWhoseDatePassedBeforeTheRefundComeBackAndExpireAtOnce(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 1, List.of()));
        earn(db, id, "130"); // expires 2026-02-10
        clock.set(Instant.parse("2026-01-20T10:00:00Z"));
        long paidWithPoints = redeemFor(db, id, 100);
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));

        LoyaltyService.Reversal reversal = refund(db, id, paidWithPoints);

        assertEquals(new LoyaltyService.Reversal(0, 100, 100), reversal);
        assertEquals(0, reversal.change());
        assertEquals(0, loyalty.balance(id).points(), "the 30 left expired on 10 February, the 100 given back too");
        List<PointsEntry> newest = ledger(id).subList(0, 2);
        assertEquals(List.of(PointsKind.EXPIRE, PointsKind.REVERSAL), newest.stream().map(PointsEntry::kind).toList());
        assertEquals(List.of(-100, 100), newest.stream().map(PointsEntry::points).toList());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    /** The purchase that earned 100 points and the one that 60 of them paid for. */
    private record SixtyOfAHundred(long earnedThem, long paidWithPoints) {
    }

    /**
     * Points expiring after a month: a purchase earns 100 (expiring on 10 February), on 20 January 60 of
     * them pay for another, and a third earns 200 (expiring on 20 February).
     */
    private SixtyOfAHundred sixtyOfAHundredPaidFor(Database db, long id) {
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 10, 1, List.of()));
        long earnedThem = bought(db, id, "100");
        clock.set(Instant.parse("2026-01-20T10:00:00Z"));
        long paidWithPoints = redeemFor(db, id, 60);
        earn(db, id, "200");
        return new SixtyOfAHundred(earnedThem, paidWithPoints);
    }

    /**
     * 100 points of one purchase: 60 paid for another, the rest expired, then both purchases refunded. The
     * 60 came back with their passed date and expired; refunding the purchase that earned them took them a
     * second time, from the customer's other points.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void pointsThatCameBackAndExpiredAreNotTakenAgainByTheRefundOfThePurchaseThatEarnedThem(Database db) {
        long id = customer(db);
        SixtyOfAHundred sale = sixtyOfAHundredPaidFor(db, id);
        long earnedThem = sale.earnedThem();
        long paidWithPoints = sale.paidWithPoints();
        clock.set(Instant.parse("2026-02-15T10:00:00Z"));
        assertEquals(0, refund(db, id, paidWithPoints).change(), "the 60 come back and expire at once");

        LoyaltyService.Reversal reversal = refund(db, id, earnedThem);

        assertEquals(0, reversal.takenBack(), "all 100 have expired: 40 unused, 60 after coming back");
        assertEquals(200, loyalty.balance(id).points());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    /** As above, the 60 given back before their date, expiring on it later. */
    @ParameterizedTest
    @MethodSource("databases")
    void pointsThatCameBackAndExpiredLaterAreNotTakenAgainByTheRefundOfThePurchaseThatEarnedThem(Database db) {
        long id = customer(db);
        SixtyOfAHundred sale = sixtyOfAHundredPaidFor(db, id);
        long earnedThem = sale.earnedThem();
        long paidWithPoints = sale.paidWithPoints();
        assertEquals(60, refund(db, id, paidWithPoints).change());
        clock.set(Instant.parse("2026-02-15T10:00:00Z"));

        LoyaltyService.Reversal reversal = refund(db, id, earnedThem);

        assertEquals(0, reversal.takenBack(), "all 100 expired on 10 February");
        assertEquals(200, loyalty.balance(id).points());
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    /**
     * The other order: the purchase that earned the 100 is refunded first (it takes its 40 and 60 of the
     * other points in place of the 60 spent), then, after the date, the purchase paid with the 60. Back in
     * their old lot they expired at once, and the customer ended with 140 of the other purchase's 200.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void pointsOfARefundedPurchaseComeBackAsNewPointsWhenThePurchasePaidWithThemIsRefunded(Database db) {
        long id = customer(db);
        SixtyOfAHundred sale = sixtyOfAHundredPaidFor(db, id);
        long earnedThem = sale.earnedThem();
        long paidWithPoints = sale.paidWithPoints();
        clock.set(Instant.parse("2026-01-25T10:00:00Z"));
        assertEquals(-100, refund(db, id, earnedThem).change(), "its 40 and 60 in place of those spent");
        clock.set(Instant.parse("2026-02-15T10:00:00Z"));

        assertEquals(60, refund(db, id, paidWithPoints).change());

        assertEquals(200, loyalty.balance(id).points(), "as if neither purchase had been made");
        assertEquals(LocalDate.of(2026, 3, 15), ledger(id).get(0).expiresOn(), "new points, as earned today");
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    /**
     * As above, but when the purchase that earned the 100 is refunded the customer has only 30 other points:
     * its refund takes those 30, the other 70 were spent. Refunding the purchase paid with the 100 then gives
     * back only the 30 taken in their place, not 100 points of a purchase returned (the order the other way
     * round ends with the same 30).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void pointsOfARefundedPurchaseThatItsRefundCouldNotTakeBackDoNotComeBackWithThePurchasePaidWithThem(
            Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 10, 0, List.of()));
        long earnedThem = bought(db, id, "100");
        long paidWithPoints = redeemFor(db, id, 100);
        earn(db, id, "30");
        assertEquals(-30, refund(db, id, earnedThem).change(), "70 of its points were spent");

        assertEquals(30, refund(db, id, paidWithPoints).change());

        assertEquals(30, loyalty.balance(id).points(), "as if neither purchase had been made");
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    /**
     * As above, but the purchase whose 100 points the first refund took in their place is returned too, before
     * the purchase paid with the spent points: its refund finds nothing left to take. When the purchase paid with
     * points is returned last, the 100 points coming back are those the third purchase earned (the first refund
     * took them instead), so that third refund takes them: all three returned, nothing left. Before, the
     * customer kept the 100 points.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void pointsTakenByARefundInPlaceOfSpentOnesAreTakenWhenTheyComeBackAndTheirPurchaseIsReturnedToo(
            Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 10, 0, List.of()));
        long earnedThem = bought(db, id, "100");
        long paidWithPoints = redeemFor(db, id, 100);
        long earnedOthers = bought(db, id, "100");
        assertEquals(-100, refund(db, id, earnedThem).change(), "takes the other purchase's 100 instead");
        assertEquals(0, refund(db, id, earnedOthers).change(), "nothing left to take");

        assertEquals(0, refund(db, id, paidWithPoints).change());

        assertEquals(0, loyalty.balance(id).points(), "as if none of the three purchases had been made");
        assertEquals(ledgerSum(id), loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRedemptionOfAMergedAwayCustomerRefundedFromTheKeptOneComesBackWithItsDate(Database db) {
        long kept = customer(db);
        long other = app.customers().create(Customers.named("Berta", "Becker")).id();
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 10, 1, List.of()));
        earn(db, other, "100"); // expire on 10 February
        long paidWithPoints = redeemFor(db, other, 60);
        app.customers().merge(kept, other);

        assertEquals(60, refund(db, kept, paidWithPoints).change());

        assertEquals(100, loyalty.balance(kept).points());
        clock.set(Instant.parse("2026-02-01T10:00:00Z"));
        assertEquals(100, loyalty.balance(kept).expiringSoon(), "all of them on 10 February, none renewed");
        assertEquals(ledgerSum(kept), loyalty.balance(kept).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRedemptionBookedBeforeItsLotsWereNotedComesBackAsPointsEarnedToday(Database db) {
        long id = customer(db);
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 12, List.of()));
        earn(db, id, "100");
        long paidWithPoints = redeemFor(db, id, 100);
        db.jdbi().useHandle(h -> h.execute("DELETE FROM points_use")); // as a database from before V8
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("2.00"), 100, 12, List.of()));

        assertEquals(100, refund(db, id, paidWithPoints).change());

        assertEquals(LocalDate.of(2027, 3, 1), ledger(id).get(0).expiresOn());
        assertEquals(100, loyalty.balance(id).points());
        assertEquals(new BigDecimal("5.00"), loyalty.balance(id).value(), "worth what they paid, not today's rule");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundTakesBackThePointsOfItsOwnPurchaseNotTheOldestOnes(Database db) {
        long id = customer(db);
        earn(db, id, "100");
        clock.advance(Duration.ofHours(1));
        long bought = bought(db, id, "27");
        long refund = purchase(db, id, "-27");

        db.jdbi().useTransaction(h -> loyalty.reverse(h, id, bought, refund, LocalDateTime.now(clock)));

        List<PointsEntry> earned = ledger(id).stream().filter(e -> e.kind() == PointsKind.EARN).toList();
        assertEquals(List.of(27, 100), earned.stream().map(PointsEntry::points).toList(), "newest first");
        assertEquals(List.of(0, 100), earned.stream().map(PointsEntry::remaining).toList(),
                "the refunded sale's 27 are gone, the older 100 are whole");
        assertEquals(100, loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCorrectionNeedsAReasonAndCannotMakeTheBalanceNegative(Database db) {
        long id = customer(db);

        assertEquals(PointsRefusedException.Reason.REASON_MISSING,
                assertThrows(PointsRefusedException.class, () -> loyalty.correct(id, 50, " ")).reason());
        loyalty.correct(id, 50, "Kulanz");
        assertEquals(PointsRefusedException.Reason.INSUFFICIENT,
                assertThrows(PointsRefusedException.class, () -> loyalty.correct(id, -60, "Fehlbuchung")).reason());
        assertEquals("Kulanz", ledger(id).get(0).reason());
        assertEquals(50, loyalty.balance(id).points());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReasonLongerThanItsColumnIsRefusedNotADatabaseError(Database db) {
        // A text pasted into the reason by mistake: "Die Datenbank antwortet nicht wie erwartet … bitte erneut buchen".
        long id = customer(db);

        assertEquals(PointsRefusedException.Reason.REASON_TOO_LONG, assertThrows(PointsRefusedException.class,
                () -> loyalty.correct(id, 50, "Kulanz ".repeat(60))).reason());
        assertEquals(0, loyalty.balance(id).points());
        loyalty.correct(id, 50, " " + "K".repeat(LoyaltyService.MAX_REASON) + " ");
        assertEquals(50, loyalty.balance(id).points(), "as long as the column is booked");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rulesAndTheShopNameAreSavedTogetherOrNotAtAll(Database db) {
        customer(db);
        PointsRules doubled = new PointsRules(new BigDecimal("2"), 100, new BigDecimal("5.00"), 100, 0, List.of());

        // a name the database cannot take fails the save after the rules were written: they went in alone
        assertThrows(RuntimeException.class, () -> app.settings().saveShopNameWith("x".repeat(4001),
                loyalty.settingsOf(doubled)));
        assertEquals(PointsRules.DEFAULT, loyalty.rules());
        assertEquals("", app.settings().shopName());

        app.settings().saveShopNameWith(" Bäckerei Sonnenschein ", loyalty.settingsOf(doubled));
        assertEquals(doubled, loyalty.rules());
        assertEquals("Bäckerei Sonnenschein", app.settings().shopName());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rulesBeyondTheirRangesAreRefusedAndTheOldOnesStay(Database db) {
        customer(db);

        assertThrows(IllegalArgumentException.class, () -> loyalty.saveRules(new PointsRules(
                new BigDecimal("2000000000"), 100, new BigDecimal("5.00"), 100, 0, List.of())));
        assertThrows(IllegalArgumentException.class, () -> loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100,
                new BigDecimal("5.00"), 100, 0, List.of(new Tier("Gold", BigDecimal.ZERO, new BigDecimal("11"))))));
        assertEquals(PointsRules.DEFAULT, loyalty.rules());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tiersGivingTheBiggerSpenderFewerPointsAreRefused(Database db) {
        customer(db);
        Tier gold = new Tier("Gold", new BigDecimal("300"), new BigDecimal("2"));

        PointsRulesRefusedException refused = assertThrows(PointsRulesRefusedException.class,
                () -> loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
                        List.of(gold, new Tier("Silber", new BigDecimal("500"), new BigDecimal("1.5"))))));
        assertEquals(List.of("tierOrder"), refused.problems(), "named for the Settings screen's message");
        assertThrows(IllegalArgumentException.class, () -> loyalty.saveRules(new PointsRules(BigDecimal.ONE, 100,
                new BigDecimal("5.00"), 100, 0, List.of(gold, new Tier("Platin", new BigDecimal("300.00"),
                        new BigDecimal("3"))))));
        assertEquals(PointsRules.DEFAULT, loyalty.rules());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tiersInAPoorOrderSavedBeforeStillCountAtTheCounter(Database db) {
        long id = customer(db);
        app.settings().putAll(Map.of("points.tiers", "Gold|300|2;Silber|500|1.5"));
        earn(db, id, "500");
        clock.set(Instant.parse("2026-02-10T10:00:00Z"));

        assertEquals(List.of("Gold", "Silber"), loyalty.rules().tiers().stream().map(Tier::name).toList());
        assertEquals(15, earn(db, id, "10"));
        assertEquals("Silber", loyalty.balance(id).tier().name());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCorrectionBeyondAMillionPointsOrLiftingTheBalanceBeyondIsRefusedAndBooksNothing(Database db) {
        long id = customer(db);

        assertEquals(PointsRefusedException.Reason.CORRECTION_TOO_LARGE, assertThrows(PointsRefusedException.class,
                () -> loyalty.correct(id, 2_000_000_000, "Tippfehler")).reason());
        assertEquals(PointsRefusedException.Reason.CORRECTION_TOO_LARGE, assertThrows(PointsRefusedException.class,
                () -> loyalty.correct(id, Integer.MIN_VALUE, "Tippfehler")).reason());
        loyalty.correct(id, 1_000_000, "Altbestand");
        PointsRefusedException refused = assertThrows(PointsRefusedException.class,
                () -> loyalty.correct(id, 1, "Kulanz"));
        assertEquals(PointsRefusedException.Reason.BALANCE_TOO_HIGH, refused.reason());
        assertEquals(1_000_000, refused.balance());
        loyalty.correct(id, -1_000_000, "Fehlbuchung");
        assertEquals(0, loyalty.balance(id).points());
        assertEquals(2, ledger(id).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoCountersRedeemingTheSamePointsAtOnceSucceedOnlyOnce(Database db) throws Exception {
        long id = customer(db);
        earn(db, id, "150");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(() -> redeemAfter(db, start, id),
                    () -> redeemAfter(db, start, id)));
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertEquals(1, succeeded);
            assertEquals(50, loyalty.balance(id).points());
            assertEquals(50, ledgerSum(id));
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean redeemAfter(Database db, CyclicBarrier start, long id) throws Exception {
        long purchase = purchase(db, id, "100");
        return db.jdbi().inTransaction(h -> {
            start.await();
            try {
                loyalty.redeem(h, id, purchase, 100, new BigDecimal("100"), LocalDateTime.now(clock));
                return true;
            } catch (PointsRefusedException e) {
                return false;
            }
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMergeKeepsEveryPointOfBoth(Database db) {
        long id = customer(db);
        long other = app.customers().create(Customers.named("Berta", "Becker")).id();
        earn(db, id, "30");
        earn(db, other, "70");

        app.customers().merge(id, other);

        assertEquals(100, loyalty.balance(id).points());
        assertEquals(100, ledgerSum(id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCorrectionForACustomerMergedMeanwhileIsBookedForTheKeptOne(Database db) {
        long kept = customer(db);
        long open = app.customers().create(Customers.named("Anna", "Mueller")).id();
        earn(db, kept, "30");
        // the points account still shows the customer the office has just merged into the other one
        app.customers().merge(kept, open);

        PointsEntry entry = loyalty.correct(open, 50, "Nachtrag Papierkarte");

        assertEquals(kept, entry.customerId());
        assertEquals(80, loyalty.balance(kept).points());
        assertEquals(80, loyalty.balance(open).points(), "the account on screen shows the kept customer's");
        assertEquals(ledger(kept), ledger(open));
    }
}
