package de.stammkunde.service.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.domain.purchases.SaleProblem;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.loyalty.PointsRefusedException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sale at the counter: purchase, coupon and points in one transaction; refunds. */
class SaleServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private AppContext app;

    static Stream<Database> databases() {
        return TestDatabases.all().stream();
    }

    private long customer(Database db) {
        app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN), CLOCK);
        return app.customers().create(Customers.anna()).id();
    }

    private long prospect(Database db) {
        customer(db);
        return app.customers().create(Customers.named("Ute", "Neu")).id();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    static SaleDraft sale(long customerId, String total, int points) {
        return new SaleDraft(customerId, new BigDecimal(total), List.of(), "B-7", PaymentMethod.CASH, null, "", points);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaleEarnsOnePointPerEuroPaid(Database db) {
        long id = customer(db);

        SaleResult result = app.sales().record(sale(id, "42.90", 0));

        assertEquals(42, result.purchase().pointsEarned());
        assertEquals(42, result.balanceAfter());
        assertEquals(new BigDecimal("42.90"), result.purchase().paid());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pointsKeepTheValueOfTheRuleTheyWereEarnedUnderWhenRedeemedAndGivenBack(Database db) {
        // After the owner set 100 = 2 €, the counter valued every point at 2 ct: 1,287 points showed as 25,74 €
        long id = customer(db);
        app.sales().record(sale(id, "1000.00", 0)); // 1,000 points at 100 = 5 €
        app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("2.00"), 100, 0, List.of()));
        app.sales().record(sale(id, "100.00", 0)); // 100 more at 100 = 2 €

        assertEquals(1_100, app.loyalty().balance(id).points());
        assertEquals(new BigDecimal("52.00"), app.loyalty().balance(id).value(), "50,00 + 2,00 €");
        SalePreview preview = app.sales().preview(sale(id, "60.00", 1_000));
        assertEquals(new BigDecimal("50.00"), preview.pointsDiscount(), "the oldest points, at 100 = 5 €");
        assertEquals(1_050, app.sales().preview(sale(id, "51.00", 0)).maxRedeemable(),
                "1,000 at 5 ct and 50 at 2 ct make 51,00 €");

        SaleResult paid = app.sales().record(sale(id, "60.00", 1_000));

        assertEquals(new BigDecimal("50.00"), paid.purchase().pointsDiscount());
        assertEquals(new BigDecimal("10.00"), paid.purchase().paid());
        assertEquals(110, paid.balanceAfter(), "100 left and 10 earned on 10,00 €");
        assertEquals(new BigDecimal("2.20"), app.loyalty().balance(id).value());
        app.sales().refund(paid.purchase().id(), "");
        assertEquals(1_100, app.loyalty().balance(id).points());
        assertEquals(new BigDecimal("52.00"), app.loyalty().balance(id).value(),
                "the 1,000 points given back are worth 50,00 € again");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemedPointsPayPartAndEarnNothingOnThatPart(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");

        SaleResult result = app.sales().record(sale(id, "30.00", 200));

        Purchase p = result.purchase();
        assertEquals(new BigDecimal("10.00"), p.pointsDiscount());
        assertEquals(new BigDecimal("20.00"), p.paid());
        assertEquals(20, p.pointsEarned());
        assertEquals(300 - 200 + 20, result.balanceAfter());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemingMoreThanTheBalanceIsRefusedAndBooksNothing(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 150, "Startguthaben");

        PointsRefusedException refused = assertThrows(PointsRefusedException.class,
                () -> app.sales().record(sale(id, "30.00", 200)));

        assertEquals(PointsRefusedException.Reason.INSUFFICIENT, refused.reason());
        assertEquals(List.of(), app.purchases().history(id));
        assertEquals(150, app.loyalty().balance(id).points());
    }

    /**
     * A sale of three days ago entered today cannot pay with points that expired yesterday: the booking answers
     * as the preview and the counter panel, with today's balance. Before, it took them as long as nothing had
     * booked their expiry yet (the preview, which does, refused them).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aSaleEnteredAfterwardsPaysOnlyWithThePointsValidTodayAsThePreviewSays(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        db.jdbi().useHandle(h -> h.execute("UPDATE points_entry SET expires_on = ? WHERE customer_id = ?",
                java.time.LocalDate.of(2026, 11, 21), id)); // earned a year ago, say; nothing booked the expiry
        SaleDraft draft = new SaleDraft(id, new BigDecimal("30.00"), List.of(), "B-3", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 19, 17, 0), "", 200);

        PointsRefusedException refused = assertThrows(PointsRefusedException.class, () -> app.sales().record(draft));

        assertEquals(PointsRefusedException.Reason.INSUFFICIENT, refused.reason());
        assertEquals(List.of(), app.purchases().history(id));
        SalePreview preview = app.sales().preview(draft);
        assertEquals(PointsRefusedException.Reason.INSUFFICIENT, preview.pointsProblem());
        assertEquals(refused.balance(), preview.balance());
        assertEquals(0, app.loyalty().balance(id).points());
    }

    /**
     * At 23:58 a sale dated 00:01 (the till's clock a little ahead) pays with points that expire at the end of
     * today, as the preview and the counter panel say: they are spent from the account as it stands when the
     * sale is entered. Before, the preview showed them and Enter said "not enough points (0)".
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aSaleDatedJustAfterMidnightPaysWithThePointsThePreviewShows(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        db.jdbi().useHandle(h -> h.execute("UPDATE points_entry SET expires_on = ? WHERE customer_id = ?",
                java.time.LocalDate.of(2026, 11, 22), id)); // valid to the end of today
        // the same database at 23:58 (closed with it after the test)
        app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                Clock.fixed(Instant.parse("2026-11-22T22:58:00Z"), ZoneId.of("Europe/Berlin")));
        SaleDraft draft = new SaleDraft(id, new BigDecimal("30.00"), List.of(), "B-4", PaymentMethod.CASH,
                LocalDateTime.of(2026, 11, 23, 0, 1), "", 200);
        assertTrue(app.sales().preview(draft).canConfirm());

        SaleResult result = app.sales().record(draft);

        assertEquals(200, result.purchase().pointsRedeemed());
        assertEquals(new BigDecimal("10.00"), result.purchase().pointsDiscount());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anUnreadableAmountIsRejectedBeforeAnythingIsBooked(Database db) {
        long id = customer(db);

        SaleRejectedException rejected = assertThrows(SaleRejectedException.class,
                () -> app.sales().record(sale(id, "0", 0)));

        assertEquals(List.of(SaleProblem.TOTAL_NOT_POSITIVE), rejected.problems());
        assertEquals(List.of(), app.purchases().history(id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAmountBelowACentIsRejectedNotBookedAsZero(Database db) {
        long id = customer(db);

        SaleRejectedException rejected = assertThrows(SaleRejectedException.class,
                () -> app.sales().record(sale(id, "0.004", 0)));

        assertEquals(List.of(SaleProblem.TOTAL_TOO_MANY_DECIMALS), rejected.problems());
        assertEquals(List.of(), app.purchases().history(id));
        Messages messages = new Messages(Locale.GERMAN);
        assertEquals(messages.get("sale.error.cents", "12,35"),
                messages.get("sale.problem.TOTAL_TOO_MANY_DECIMALS", "100.000,00 €", "0,00 €", "12,35"),
                "the same words as the counter's amount field");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aQuantityBeyondWhatTheDatabaseHoldsIsRejectedNotADatabaseError(Database db) {
        long id = customer(db);
        List<PurchaseItem> items = List.of(new PurchaseItem("Tüte", new BigDecimal("100000000"), BigDecimal.ZERO),
                new PurchaseItem("Brot", BigDecimal.ONE, new BigDecimal("3.20")));
        SaleDraft draft = new SaleDraft(id, new BigDecimal("3.20"), items, "", PaymentMethod.CASH, null, "", 0);

        SaleRejectedException rejected = assertThrows(SaleRejectedException.class, () -> app.sales().record(draft));

        assertEquals(List.of(SaleProblem.ITEM_QUANTITY_TOO_LARGE), rejected.problems());
        assertEquals(List.of(), app.purchases().history(id));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anArticleLongerThanItsColumnIsRejectedNotADatabaseError(Database db) {
        // A text pasted into the article field by mistake: "Die Datenbank antwortet nicht wie erwartet".
        long id = customer(db);
        String pasted = "Vollkornbrot ".repeat(16);
        List<PurchaseItem> items = List.of(new PurchaseItem(pasted, BigDecimal.ONE, new BigDecimal("3.20")));
        SaleDraft draft = new SaleDraft(id, new BigDecimal("3.20"), items, "", PaymentMethod.CASH, null, "", 0);

        SaleRejectedException rejected = assertThrows(SaleRejectedException.class, () -> app.sales().record(draft));

        assertEquals(List.of(SaleProblem.ITEM_DESCRIPTION_TOO_LONG), rejected.problems());
        assertEquals(List.of(), app.purchases().history(id));
        Messages messages = new Messages(Locale.GERMAN);
        assertEquals("Der Artikel einer Position ist zu lang (höchstens 200 Zeichen).",
                messages.get("sale.problem.ITEM_DESCRIPTION_TOO_LONG", "100.000,00 €", "0,00 €", "12,35"));
        long exact = app.sales().record(new SaleDraft(id, new BigDecimal("3.20"), List.of(new PurchaseItem(
                "x".repeat(PurchaseRules.MAX_ITEM_LENGTH), BigDecimal.ONE, new BigDecimal("3.20"))), "",
                PaymentMethod.CASH, null, "", 0)).purchase().id();
        assertTrue(exact > 0, "an article as long as the column is booked");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rulesStoredBeyondTheirRangesDoNotStopTheSaleTheDefaultsApply(Database db) {
        long id = customer(db);
        // saved before the ranges were checked, or edited by hand: 2 billion points per euro
        app.settings().putAll(Map.of("points.perEuro", "2000000000", "points.tiers", "Gold|0|1000"));

        SaleResult result = app.sales().record(sale(id, "42.90", 0));

        assertEquals(42, result.purchase().pointsEarned(), "one point per euro, as by default");
        assertEquals(PointsRules.DEFAULT, app.loyalty().rules());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePreviewOfAFarTooLargeTotalSaysSoAndStillCountsThePointsUsable(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");

        SalePreview preview = app.sales().preview(sale(id, "1000000000000000", 0));

        assertEquals(List.of(SaleProblem.TOTAL_TOO_LARGE), preview.problems());
        assertEquals(300, preview.maxRedeemable(), "the amount's worth in points is beyond an int, not negative");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProspectWhoBuysBecomesActiveAndTheListShowsIt(Database db) {
        long id = prospect(db);
        app.customers().loadIndex();
        assertEquals(CustomerStatus.POTENTIAL, app.customers().find(id).orElseThrow().details().status());

        app.sales().record(sale(id, "5.00", 0));

        Customer after = app.customers().find(id).orElseThrow();
        assertEquals(CustomerStatus.ACTIVE, after.details().status());
        assertEquals(CustomerStatus.ACTIVE, app.customers().index().byId(id).orElseThrow().status());
        app.customers().update(after, after.details().toBuilder().phone("030 1234567").build());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaleBackDatedMoreThanTwelveMonthsLeavesTheStatusAsItIs(Database db) {
        long id = prospect(db);

        app.sales().record(new SaleDraft(id, new BigDecimal("5.00"), List.of(), "", PaymentMethod.CASH,
                LocalDateTime.of(2025, 11, 21, 18, 0), "", 0));

        assertEquals(CustomerStatus.POTENTIAL, app.customers().find(id).orElseThrow().details().status());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundTakesBackEarnedPointsAndReturnsRedeemedOnes(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        Purchase sold = app.sales().record(sale(id, "30.00", 200)).purchase();

        RefundResult refund = app.sales().refund(sold.id(), "Ware defekt");

        assertEquals(300, refund.balanceAfter());
        assertEquals(200 - 20, refund.pointsChange());
        assertEquals(new BigDecimal("-30.00"), refund.refund().total());
        assertTrue(app.purchases().find(sold.id()).orElseThrow().isRefunded());
        assertEquals(2, app.purchases().history(id).size(), "the sale stays in the history beside its refund");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRefundRowShowsThePointsReallyTakenBackWhenMostWereSpentAlready(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 100, "Startguthaben");
        Purchase sold = app.sales().record(sale(id, "30.00", 0)).purchase();
        app.sales().record(sale(id, "10.00", 130));

        RefundResult refund = app.sales().refund(sold.id(), "Ware defekt");

        assertEquals(-3, refund.pointsChange(), "only 3 of the 30 points earned were left");
        assertEquals(-3, refund.refund().pointsEarned(), "the history's points column says what the ledger booked");
        assertEquals(0, refund.refund().pointsRedeemed());
        assertEquals(0, refund.balanceAfter());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLedgerNamesEachRowsPurchaseByReceiptAndTheRefundedPurchasesDate(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        Purchase sold = app.sales().record(sale(id, "30.00", 200)).purchase();
        app.sales().refund(sold.id(), "Ware defekt");

        List<String> lines = app.loyalty().lines(id).stream().map(l -> l.entry().kind() + " "
                + l.entry().points() + " " + l.receiptNumber() + " " + l.purchasedAt()).toList();

        assertEquals(List.of("REVERSAL -20 B-7 " + sold.purchasedAt(), "REVERSAL 200 B-7 " + sold.purchasedAt(),
                "EARN 20 B-7 " + sold.purchasedAt(), "REDEEM -200 B-7 " + sold.purchasedAt(),
                "CORRECTION 300 null null"), lines);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPurchaseIsRefundedOnlyOnce(Database db) {
        long id = customer(db);
        Purchase sold = app.sales().record(sale(id, "12.50", 0)).purchase();
        app.sales().refund(sold.id(), "");

        assertThrows(AlreadyRefundedException.class, () -> app.sales().refund(sold.id(), ""));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoCountersRefundingTheSamePurchaseAtOnceBookItOnce(Database db) throws Exception {
        long id = customer(db);
        Purchase sold = app.sales().record(sale(id, "12.50", 0)).purchase();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(() -> refundAfter(start, sold),
                    () -> refundAfter(start, sold)));
            int booked = 0;
            for (Future<Boolean> result : results) {
                booked += result.get() ? 1 : 0;
            }
            assertEquals(1, booked);
            assertEquals(0, app.loyalty().balance(id).points());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean refundAfter(CyclicBarrier start, Purchase sold) throws Exception {
        start.await();
        try {
            app.sales().refund(sold.id(), "");
            return true;
        } catch (AlreadyRefundedException e) {
            return false;
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaleForACustomerMergedMeanwhileIsBookedForTheKeptOne(Database db) {
        long open = customer(db);
        long kept = app.customers().create(Customers.named("Anna", "Mueller")).id();
        app.loyalty().correct(open, 300, "Startguthaben");
        // the counter still shows the customer the office has just merged into the other one
        app.customers().merge(kept, open);

        assertEquals(300, app.sales().preview(sale(open, "30.00", 200)).balance());
        SaleResult result = app.sales().record(sale(open, "30.00", 200));

        assertEquals(kept, result.purchase().customerId());
        assertEquals(300 - 200 + 20, result.balanceAfter());
        assertEquals(300 - 200 + 20, app.loyalty().balance(kept).points());
        assertEquals(List.of(result.purchase().id()), app.purchases().history(kept).stream().map(Purchase::id)
                .toList());
        assertEquals(app.purchases().history(kept), app.purchases().history(open),
                "the history still on screen for the merged-away customer shows the kept customer's");
        assertEquals(app.purchases().yearSums(kept), app.purchases().yearSums(open));
        assertEquals(kept, app.counter().panel(open).orElseThrow().customer().id(),
                "the counter's panel, read again after the sale, shows the kept customer");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundAfterAMergeGivesThePointsBackToTheKeptCustomer(Database db) {
        long open = customer(db);
        long kept = app.customers().create(Customers.named("Anna", "Mueller")).id();
        app.loyalty().correct(open, 300, "Startguthaben");
        Purchase sold = app.sales().record(sale(open, "30.00", 200)).purchase();
        app.customers().merge(kept, open);

        RefundResult refund = app.sales().refund(sold.id(), "Ware defekt");

        assertEquals(kept, refund.refund().customerId());
        assertEquals(300, refund.balanceAfter());
        assertEquals(300, app.loyalty().balance(kept).points());
        int leftBehind = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM points_entry WHERE customer_id = :c").bind("c", open).mapTo(Integer.class).one());
        assertEquals(0, leftBehind, "no points are left with the merged-away customer");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePreviewShowsWhatIsLeftToPayAndTheMostPointsUsable(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 1000, "Startguthaben");

        SalePreview preview = app.sales().preview(sale(id, "12.50", 0));

        assertEquals(new BigDecimal("12.50"), preview.payable());
        assertEquals(12, preview.pointsToEarn());
        assertEquals(250, preview.maxRedeemable(), "12,50 € are worth 250 points at 100 points = 5 €");
        assertTrue(preview.canConfirm());
    }

    /**
     * A sale of yesterday evening entered this morning: its coupon, whose campaign ended yesterday, and its tier
     * are those of the sale's time in the preview as when it is booked (the preview said "expired" and would not
     * let it be booked, and counted the points at the tier of today).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void thePreviewOfASaleEnteredAfterwardsAnswersAsItsBookingForTheSalesTime(Database db) {
        long id = customer(db);
        app.loyalty().saveRules(new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
                List.of(new Tier("Gold", new BigDecimal("100"), new BigDecimal("2")))));
        LocalDateTime yesterday = LocalDateTime.of(2026, 11, 21, 18, 0);
        app.sales().record(new SaleDraft(id, new BigDecimal("100.00"), List.of(), "B-1", PaymentMethod.CASH,
                yesterday.minusYears(1).plusHours(1), "", 0));
        Campaign ended = app.campaigns().create(new CampaignDraft("Herbst", Offer.amount("5.00"), BigDecimal.ZERO,
                yesterday.toLocalDate().minusDays(9), yesterday.toLocalDate(), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(id), "one"), Progress.NONE);
        String code = app.campaigns().coupons(ended.id()).get(0).code();
        SaleDraft draft = new SaleDraft(id, new BigDecimal("30.00"), List.of(), "B-2", PaymentMethod.CASH,
                yesterday, code, 0);

        SalePreview preview = app.sales().preview(draft);

        assertTrue(preview.canConfirm(), "the coupon was valid yesterday");
        assertEquals(new BigDecimal("25.00"), preview.payable());
        assertEquals(50, preview.pointsToEarn(), "at Gold through the 100 € of a year before yesterday");
        Purchase booked = app.sales().record(draft).purchase();
        assertEquals(preview.payable(), booked.paid());
        assertEquals(preview.pointsToEarn(), booked.pointsEarned());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaleWhoseDatabaseFailsRightAfterTheCommitStillReportsItAndItsBalance(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        AtomicBoolean failAfterCommit = failAfterNextCommit(db);

        SaleResult result = app.sales().record(sale(id, "30.00", 200));

        failAfterCommit.set(false);
        assertEquals(300 - 200 + 20, result.balanceAfter(), "read in the sale's own transaction");
        assertEquals(1, app.purchases().history(id).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefundWhoseDatabaseFailsRightAfterTheCommitStillReportsItAndItsBalance(Database db) {
        long id = customer(db);
        app.loyalty().correct(id, 300, "Startguthaben");
        Purchase sold = app.sales().record(sale(id, "30.00", 200)).purchase();
        AtomicBoolean failAfterCommit = failAfterNextCommit(db);

        RefundResult refund = app.sales().refund(sold.id(), "Ware defekt");

        failAfterCommit.set(false);
        assertEquals(300, refund.balanceAfter(), "read in the refund's own transaction");
        assertEquals(200 - 20, refund.pointsChange());
    }

    /**
     * From the next commit on, every statement fails as a lock timeout would: what a sale reads after its
     * transaction committed gives a "database error" for a sale that went through. Returns the switch.
     */
    private static AtomicBoolean failAfterNextCommit(Database db) {
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicBoolean failing = new AtomicBoolean();
        TransactionHandler plain = db.jdbi().getTransactionHandler();
        db.jdbi().setTransactionHandler(new DelegatingTransactionHandler(plain) {
            @Override
            public TransactionHandler specialize(Handle handle) throws SQLException {
                return new DelegatingTransactionHandler(plain.specialize(handle)) {
                    @Override
                    public void commit(Handle h) {
                        super.commit(h);
                        failing.set(armed.get());
                    }
                };
            }
        });
        db.jdbi().addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
                if (failing.get() && armed.get()) {
                    throw new SQLException("Timeout trying to lock table (test)", "HYT00");
                }
            }
        });
        return armed;
    }
}
