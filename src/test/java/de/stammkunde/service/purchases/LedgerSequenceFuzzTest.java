package de.stammkunde.service.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.MovableClock;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.CouponRefusedException;
import de.stammkunde.service.loyalty.PointsRefusedException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long random sequences of what a shop does with points and coupons — sales with and without points and coupons
 * (personal and shared codes), sales entered afterwards, refunds (also of refunded sales and of refunds), manual
 * corrections, rule changes (points per €, expiry, tiers), merges — on a clock that moves on by days, so points
 * expire. After every step the invariants of the ledger, the coupons and the purchases must hold (see
 * {@link #checkInvariants}). The seeds are fixed; a failure names its seed, its step and the steps before it.
 * Other seeds or more steps to look further: {@code -Dfuzz.first=… -Dfuzz.steps=…}; one seed again:
 * {@code -Dfuzz.seed=…}; every step printed: {@code -Dfuzz.print=true}.
 */
class LedgerSequenceFuzzTest {

    private static final int STEPS = Integer.getInteger("fuzz.steps", 300);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int HISTORY = 25;

    private AppContext app;
    private MovableClock clock;
    private Random random;
    private final Deque<String> history = new ArrayDeque<>();
    private final List<Long> customers = new ArrayList<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private final List<Long> purchases = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private PointsRules rules = PointsRules.DEFAULT;
    private int receipts;
    private int checks;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    /** Five seeds from {@code -Dfuzz.first=…} (6), or the one of {@code -Dfuzz.seed=…}. */
    static LongStream seeds() {
        Long one = Long.getLong("fuzz.seed");
        long first = Long.getLong("fuzz.first", 6);
        return one != null ? LongStream.of(one) : LongStream.range(first, first + 5);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLedgerAndTheCouponsStayConsistentOverLongSequences(long chosen) {
        random = new Random(chosen);
        clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"), ZONE);
        app = new AppContext(Path.of("unused"), TestDatabases.h2(), new Messages(Locale.GERMAN), clock);
        for (int i = 0; i < 4; i++) {
            customers.add(app.customers().create(Customers.named("Kunde" + i, "Fuzz" + i)).id());
        }
        for (int step = 0; step < STEPS; step++) {
            try {
                String what = step();
                remember(step + ": " + what);
                if (Boolean.getBoolean("fuzz.print")) {
                    System.out.println("FUZZ " + chosen + " " + step + ": " + what);
                }
                checkInvariants();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + chosen + ", step " + step + " at " + now() + ": " + e.getMessage()
                        + "\nsteps before (newest last):\n" + String.join("\n", history), e);
            }
        }
    }

    private void remember(String step) {
        history.addLast(step);
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
    }

    private String step() {
        int dice = random.nextInt(100);
        if (dice < 30) {
            return sale(null);
        } else if (dice < 40) {
            return sale(random.nextInt(4) == 0 ? now().plusMinutes(random.nextInt(6))
                    : now().minusDays(random.nextInt(60)).minusMinutes(random.nextInt(600)));
        } else if (dice < 55) {
            return refund();
        } else if (dice < 58) {
            return correction();
        } else if (dice < 64) {
            return returnEverything();
        } else if (dice < 76) {
            Duration by = switch (random.nextInt(5)) {
                case 0 -> Duration.ofMinutes(1 + random.nextInt(12 * 60));
                case 1 -> Duration.ofDays(random.nextInt(60));
                case 2 -> toTheLastMinutesOfTheNextExpiryDay();
                default -> Duration.ofDays(random.nextInt(6));
            };
            clock.advance(by);
            return "clock moved on " + by + " to " + now();
        } else if (dice < 80) {
            return newRules();
        } else if (dice < 83) {
            return merge();
        } else if (dice < 85) {
            long id = app.customers().create(Customers.named("Neu" + customers.size(), "Fuzz")).id();
            customers.add(id);
            return "new customer " + id;
        } else if (dice < 93) {
            return campaign();
        } else {
            LocalDate today = now().toLocalDate();
            return "expireDue(" + today + ") expired " + app.loyalty().expireDue(today);
        }
    }

    /**
     * To a few minutes before midnight of the day the next points expire (of today without any): they are still
     * valid, and a sale dated a little ahead is dated the day after.
     */
    private Duration toTheLastMinutesOfTheNextExpiryDay() {
        LocalDate today = now().toLocalDate();
        LocalDate day = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT MIN(expires_on) FROM points_entry WHERE remaining > 0 AND expires_on >= :today")
                .bind("today", today).mapTo(LocalDate.class).findOne()).orElse(today);
        Duration by = Duration.between(now(), day.atTime(23, 55 + random.nextInt(5)));
        return by.isNegative() ? Duration.ZERO : by;
    }

    // ---- the steps ------------------------------------------------------------------------------------------------

    private String sale(LocalDateTime when) {
        long asked = customers.get(random.nextInt(customers.size()));
        long customer = current(asked);
        BigDecimal total = BigDecimal.valueOf(100 + random.nextInt(15_000), 2);
        String code = random.nextInt(3) == 0 ? code(customer, (when == null ? now() : when).toLocalDate()) : "";
        int balance = app.loyalty().balance(customer).points();
        int points = 0;
        if (random.nextBoolean()) {
            points = switch (random.nextInt(6)) {
                case 0 -> balance;
                case 1, 5 -> Math.min(balance, total.multiply(BigDecimal.valueOf(20)).intValue());
                case 2 -> balance + 1 + random.nextInt(50);
                case 3 -> 1 + random.nextInt(Math.max(1, rules.minimumRedeem()));
                default -> random.nextInt(balance + 1);
            };
        }
        SaleDraft draft = new SaleDraft(asked, total, List.of(), "R-" + ++receipts, PaymentMethod.CASH, when, code,
                points);
        String what = "sale for " + asked + (asked == customer ? "" : " (now " + customer + ")") + " of " + total
                + (when == null ? "" : " dated " + when) + (code.isEmpty() ? "" : " with " + code)
                + (points == 0 ? "" : " paying " + points + " of " + balance + " points");
        SalePreview preview = app.sales().preview(draft);
        boolean previewFine = preview.canConfirm();
        Snapshot before = snapshot();
        SaleResult result;
        try {
            result = app.sales().record(draft);
        } catch (CouponRefusedException | PointsRefusedException e) {
            assertEquals(before, snapshot(), what + ": refused (" + e.getMessage() + ") but something was booked");
            assertTrue(!previewFine, what + ": refused (" + e.getMessage() + ") although the preview said fine");
            return what + " -> refused " + e.getMessage();
        }
        Purchase p = result.purchase();
        purchases.add(p.id());
        LocalDateTime at = when == null ? now() : when;
        assertEquals(customer, p.customerId(), what + ": booked for the wrong customer");
        assertEquals(at, p.purchasedAt(), what);
        assertTrue(previewFine, what + ": booked although the preview said " + preview);
        assertEquals(preview.payable(), p.paid(), what + ": paid differs from the preview");
        assertEquals(preview.pointsToEarn(), p.pointsEarned(), what + ": points earned differ from the preview");
        assertEquals(points, p.pointsRedeemed(), what);
        assertEquals(PointsMath.value(points, rules), p.pointsDiscount(), what + ": points discount");
        assertEquals(expectedEarned(customer, p.paid(), at, p.id()), p.pointsEarned(), what + ": points earned");
        assertEquals(app.loyalty().balance(customer).points(), result.balanceAfter(), what + ": balance after");
        return what + " -> " + p.id() + " paid " + p.paid() + " earned " + p.pointsEarned() + ", balance "
                + result.balanceAfter();
    }

    private String refund() {
        if (purchases.isEmpty()) {
            return "no purchase to refund";
        }
        long picked = purchases.get(random.nextInt(purchases.size()));
        if (random.nextInt(3) > 0) { // mostly a sale not refunded yet, as a shop does
            List<Long> open = purchases.stream().filter(p -> {
                Purchase found = app.purchases().find(p).orElseThrow();
                return !found.isRefund() && !found.isRefunded();
            }).toList();
            picked = open.isEmpty() ? picked : open.get(random.nextInt(open.size()));
        }
        return refund(picked);
    }

    private String refund(long id) {
        Purchase original = app.purchases().find(id).orElseThrow();
        String what = "refund of " + id + " (" + original.kind() + " of " + original.customerId() + ", earned "
                + original.pointsEarned() + ", redeemed " + original.pointsRedeemed() + ")";
        if (original.isRefund() || original.isRefunded()) {
            Snapshot before = snapshot();
            assertThrows(AlreadyRefundedException.class, () -> app.sales().refund(id, "nochmal"), what);
            assertEquals(before, snapshot(), what + ": refused but something was booked");
            return what + " -> refused, " + (original.isRefund() ? "a refund" : "refunded before");
        }
        long customer = original.customerId();
        int balanceBefore = app.loyalty().balance(customer).points();
        RefundResult result = app.sales().refund(id, "Umtausch");
        purchases.add(result.refund().id());
        Purchase refund = result.refund();
        int balanceAfter = app.loyalty().balance(customer).points();
        assertEquals(balanceAfter, result.balanceAfter(), what + ": balance after");
        assertEquals(balanceBefore + result.pointsChange(), balanceAfter, what + ": the change it reports");
        assertEquals(original.total().negate(), refund.total(), what);
        assertEquals(original.paid().negate(), refund.paid(), what);
        // what the sale earned and is still the customer's (less what of it expired): taken back as far as the
        // balance allows, i.e. all of it or everything there was
        int own = sum("SELECT COALESCE(SUM(points), 0) FROM points_entry WHERE purchase_id = ? "
                + "AND kind IN ('EARN', 'EXPIRE')", id);
        int takenBack = -refund.pointsEarned();
        assertTrue(takenBack == Math.max(0, own) || takenBack < own && balanceAfter == 0,
                what + ": took back " + takenBack + " of " + own + " leaving " + balanceAfter);
        assertTrue(app.purchases().find(id).orElseThrow().isRefunded(), what);
        assertEquals(result.pointsChange(), -refund.pointsRedeemed() - result.pointsLapsed() + refund.pointsEarned(),
                what + ": the refund row's points are not what it booked");
        if (original.couponId() != null) {
            // freed when its campaign still runs on the day of the refund, else it stays used
            boolean runs = sum("""
                    SELECT COUNT(*) FROM coupon k JOIN campaign c ON c.id = k.campaign_id
                    WHERE k.id = ? AND c.valid_from <= ? AND c.valid_to >= ?""", original.couponId(),
                    now().toLocalDate(), now().toLocalDate()) == 1;
            assertEquals(runs ? 0 : 1, sum("SELECT COUNT(*) FROM coupon_redemption WHERE purchase_id = ? "
                    + "AND released_at IS NULL", id), what + ": its coupon (campaign still runs: " + runs + ")");
        }
        return what + " -> change " + result.pointsChange() + ", taken back " + takenBack + ", lapsed "
                + result.pointsLapsed() + ", balance " + balanceAfter;
    }

    /** A customer returns everything not returned yet, in any order (a refund step each). */
    private String returnEverything() {
        // mostly one who never has corrections: the last invariants then say more
        List<Long> some = customers.stream().filter(c -> random.nextInt(3) == 0 || customers.indexOf(c) % 2 == 0)
                .toList();
        long customer = current(some.get(random.nextInt(some.size())));
        List<Long> open = new ArrayList<>(purchases.stream().filter(p -> {
            Purchase found = app.purchases().find(p).orElseThrow();
            return found.customerId() == customer && !found.isRefund() && !found.isRefunded();
        }).toList());
        Collections.shuffle(open, random);
        for (long id : open) {
            remember("  (returning everything of " + customer + ") " + refund(id));
            checkInvariants();
        }
        return "everything of " + customer + " returned: " + open;
    }

    private String correction() {
        // only every other customer: the others never have corrections (see the last invariant)
        List<Long> some = customers.stream().filter(c -> customers.indexOf(c) % 2 == 1).toList();
        long asked = some.get(random.nextInt(some.size()));
        long customer = current(asked);
        int balance = app.loyalty().balance(customer).points();
        int points = switch (random.nextInt(4)) {
            case 0 -> -(balance + 1 + random.nextInt(30));
            case 1 -> -random.nextInt(balance + 1);
            default -> 1 + random.nextInt(300);
        };
        String what = "correction " + points + " for " + asked + " (balance " + balance + ")";
        Snapshot before = snapshot();
        if (points == 0) {
            assertThrows(PointsRefusedException.class, () -> app.loyalty().correct(asked, 0, "null"), what);
            assertEquals(before, snapshot(), what);
            return what + " -> refused";
        }
        if (-points > balance) {
            PointsRefusedException refused = assertThrows(PointsRefusedException.class,
                    () -> app.loyalty().correct(asked, points, "zu viel"), what);
            assertEquals(PointsRefusedException.Reason.INSUFFICIENT, refused.reason(), what);
            assertEquals(balance, refused.balance(), what);
            assertEquals(before, snapshot(), what + ": refused but something was booked");
            return what + " -> refused";
        }
        app.loyalty().correct(asked, points, "Korrektur");
        assertEquals(balance + points, app.loyalty().balance(customer).points(), what);
        return what;
    }

    private String newRules() {
        BigDecimal[] perEuro = {BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("0.5"), BigDecimal.ZERO};
        int[] expiry = {0, 1, 2, 6, 12};
        int[] minimum = {0, 50, 100};
        List<Tier> tiers = random.nextBoolean() ? List.of()
                : List.of(new Tier("Silber", new BigDecimal("150.00"), new BigDecimal("1.5")),
                        new Tier("Gold", new BigDecimal("400.00"), new BigDecimal("2")));
        rules = new PointsRules(perEuro[random.nextInt(perEuro.length)], 100, new BigDecimal("5.00"),
                minimum[random.nextInt(minimum.length)], expiry[random.nextInt(expiry.length)], tiers);
        app.loyalty().saveRules(rules);
        return "rules " + rules;
    }

    private String merge() {
        List<Long> open = customers.stream().filter(c -> !mergedInto.containsKey(c)).toList();
        if (open.size() < 3) {
            return "too few customers to merge";
        }
        long keep = open.get(random.nextInt(open.size()));
        long other = open.get(random.nextInt(open.size()));
        if (keep == other) {
            return "no merge (same customer)";
        }
        int keepBalance = app.loyalty().balance(keep).points();
        int otherBalance = app.loyalty().balance(other).points();
        app.customers().merge(keep, other);
        mergedInto.put(other, keep);
        assertEquals(keepBalance + otherBalance, app.loyalty().balance(keep).points(), "merge keeps all points");
        return "merge " + other + " into " + keep + " (" + otherBalance + " + " + keepBalance + " points)";
    }

    private String campaign() {
        LocalDate today = now().toLocalDate();
        Offer offer = switch (random.nextInt(3)) {
            case 0 -> Offer.percent("10");
            case 1 -> Offer.amount(random.nextBoolean() ? "5" : "500");
            default -> Offer.freeItem("Kaffee");
        };
        LocalDate from = today.minusDays(random.nextInt(10)).plusDays(random.nextInt(3));
        LocalDate to = from.plusDays(random.nextInt(40));
        BigDecimal minimum = random.nextInt(4) == 0 ? new BigDecimal("50.00") : BigDecimal.ZERO;
        Campaign campaign;
        if (random.nextBoolean()) {
            Integer limit = random.nextInt(4) == 0 ? null : 1 + random.nextInt(3);
            campaign = app.campaigns().create(new CampaignDraft("Alle", offer, minimum, from, to, CodeMode.SHARED,
                    limit, ""), Audience.of(List.of(), ""), Progress.NONE);
        } else {
            long customer = current(customers.get(random.nextInt(customers.size())));
            campaign = app.campaigns().create(new CampaignDraft("Für " + customer, offer, minimum, from, to,
                    CodeMode.PERSONAL, null, ""), Audience.of(List.of(customer), "one"), Progress.NONE);
        }
        List<CampaignCoupon> made = app.campaigns().coupons(campaign.id());
        made.forEach(c -> codes.add(new Code(c.code(), c.customerId(), from, to)));
        return "campaign " + campaign.codeMode() + " " + offer + " " + from + ".." + to + " min " + minimum + ": "
                + made.stream().map(c -> c.code() + "/" + c.customerId() + "/" + c.maxUses()).toList();
    }

    // ---- the model ------------------------------------------------------------------------------------------------

    /** A code the test made: whose (null: shared) and when its campaign runs. */
    private record Code(String code, Long customerId, LocalDate from, LocalDate to) {
    }

    /** Mostly a code valid on {@code day} that the customer may use, else any. */
    private String code(long customer, LocalDate day) {
        List<Code> usable = codes.stream().filter(c -> !day.isBefore(c.from()) && !day.isAfter(c.to())
                && (c.customerId() == null || current(c.customerId()) == customer)).toList();
        List<Code> from = usable.isEmpty() || random.nextInt(4) == 0 ? codes : usable;
        return from.isEmpty() ? "" : from.get(random.nextInt(from.size())).code();
    }

    private long current(long customer) {
        long id = customer;
        while (mergedInto.containsKey(id)) {
            id = mergedInto.get(id);
        }
        return id;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /**
     * The points a sale paying {@code paid} at {@code at} earns under the rules in force: its tier is that of what
     * the customer paid in the year before (a refunded sale counts nothing, whenever it was refunded).
     */
    private int expectedEarned(long customer, BigDecimal paid, LocalDateTime at, long purchaseId) {
        BigDecimal spend = Money.ZERO;
        for (long id : purchases) {
            if (id == purchaseId) {
                continue;
            }
            Purchase p = app.purchases().find(id).orElseThrow();
            if (!p.isRefund() && !p.isRefunded() && current(p.customerId()) == customer
                    && !p.purchasedAt().isBefore(at.minusYears(1)) && p.purchasedAt().isBefore(at)) {
                spend = spend.add(p.paid());
            }
        }
        return PointsMath.earned(paid, rules, PointsMath.tierFor(spend, rules));
    }

    // ---- the invariants -------------------------------------------------------------------------------------------

    /** What a refused step must leave as it was. */
    private record Snapshot(int purchases, int entries, int uses, int redemptions, int usedCounts, int balances) {
    }

    private Snapshot snapshot() {
        return app.database().jdbi().withHandle(h -> new Snapshot(
                count(h, "SELECT COUNT(*) FROM purchase"),
                count(h, "SELECT COUNT(*) FROM points_entry"),
                count(h, "SELECT COUNT(*) FROM points_use"),
                count(h, "SELECT COUNT(*) FROM coupon_redemption WHERE released_at IS NULL"),
                count(h, "SELECT COALESCE(SUM(used_count), 0) FROM coupon"),
                count(h, "SELECT COALESCE(SUM(balance), 0) FROM points_account")));
    }

    private static int count(Handle h, String sql, Object... args) {
        var query = h.createQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        return query.mapTo(Integer.class).one();
    }

    private int sum(String sql, Object... args) {
        return app.database().jdbi().withHandle(h -> count(h, sql, args));
    }

    private List<Map<String, Object>> rows(String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    /**
     * What must hold after every step.
     * <ul>
     * <li>Points: each customer's balance (points_account) is the sum of what remains of their lots and the sum of
     * all their ledger rows (the ledger is signed: a lot's points, what was redeemed, expired, taken back); never
     * negative; no lot holds less than nothing or more than it was given; only positive rows hold anything; a
     * merged customer has neither rows nor account; a redemption noted which lots it used, as many as it
     * redeemed.</li>
     * <li>Coupons: a coupon's used_count is the number of its uses not given back by a refund; a personal code
     * is used at most once, a shared one at most its limit.</li>
     * <li>Purchases: paid = total − coupon discount − points discount, nothing negative; a refund negates its
     * sale and is the only one; the sale's points earned and redeemed are its EARN and REDEEM rows.</li>
     * <li>A customer all of whose sales were refunded, without corrections, has no points: what a refund could
     * not take back (it was spent) is taken when it comes back (its purchase is returned too).</li>
     * </ul>
     */
    private void checkInvariants() {
        // now and then only: reading the balance books due expiries, and sales and refunds must find them unbooked
        for (long customer : ++checks % 7 == 0 ? customers : List.<Long>of()) {
            PointsBalance shown = app.loyalty().balance(customer);
            String who = "customer " + customer + " shows " + shown;
            assertTrue(shown.expiringSoon() >= 0 && shown.expiringSoon() <= shown.points(), who);
            assertTrue(shown.nextExpiry() == null || !shown.nextExpiry().isBefore(now().toLocalDate()), who);
            assertEquals(PointsMath.value(shown.points(), rules), shown.value(), who);
            assertEquals(app.loyalty().balance(current(customer)), shown, who + ": not the kept customer's");
        }
        for (Map<String, Object> row : rows("""
                SELECT c.id, c.merged_into_id, a.balance,
                    (SELECT COALESCE(SUM(e.remaining), 0) FROM points_entry e WHERE e.customer_id = c.id) AS lots,
                    (SELECT COALESCE(SUM(e.points), 0) FROM points_entry e WHERE e.customer_id = c.id) AS ledger,
                    (SELECT COUNT(*) FROM points_entry e WHERE e.customer_id = c.id) AS entries
                FROM customer c LEFT JOIN points_account a ON a.customer_id = c.id""")) {
            long id = number(row, "id");
            long balance = row.get("balance") == null ? 0 : number(row, "balance");
            String who = "customer " + id + " (balance " + balance + ", lots " + row.get("lots") + ", ledger "
                    + row.get("ledger") + ")";
            if (row.get("merged_into_id") != null) {
                assertTrue(row.get("balance") == null && number(row, "entries") == 0, who + " merged but has points");
                continue;
            }
            assertTrue(balance >= 0, who + ": negative");
            assertEquals(balance, number(row, "lots"), who + ": balance is not what remains of the lots");
            assertEquals(balance, number(row, "ledger"), who + ": balance is not the sum of the ledger");
        }
        List<Map<String, Object>> badLots = rows("""
                SELECT id, customer_id, kind, points, remaining FROM points_entry
                WHERE remaining < 0 OR remaining > GREATEST(points, 0)""");
        assertEquals(List.of(), badLots, "lots holding less than nothing or more than they were given");
        assertEquals(List.of(), rows("""
                SELECT e.id, e.points, (SELECT COALESCE(SUM(u.points), 0) FROM points_use u WHERE u.redeem_id = e.id)
                    AS used
                FROM points_entry e WHERE e.kind = 'REDEEM'
                  AND -e.points <> (SELECT COALESCE(SUM(u.points), 0) FROM points_use u WHERE u.redeem_id = e.id)"""),
                "redemptions whose lots do not add up");
        assertEquals(List.of(), rows("""
                SELECT c.id, c.code, c.used_count, c.max_uses,
                    (SELECT COUNT(*) FROM coupon_redemption r WHERE r.coupon_id = c.id AND r.released_at IS NULL)
                        AS active
                FROM coupon c
                WHERE c.used_count <> (SELECT COUNT(*) FROM coupon_redemption r
                                       WHERE r.coupon_id = c.id AND r.released_at IS NULL)
                   OR c.used_count < 0 OR c.max_uses IS NOT NULL AND c.used_count > c.max_uses
                   OR c.customer_id IS NOT NULL AND c.used_count > 1"""),
                "coupons whose use count is not their active uses, or above their limit");
        assertEquals(List.of(), rows("""
                SELECT p.id, p.kind, p.total, p.coupon_discount, p.points_discount, p.paid FROM purchase p
                WHERE p.kind = 'SALE' AND (p.paid <> p.total - p.coupon_discount - p.points_discount OR p.paid < 0
                      OR p.coupon_discount < 0 OR p.points_discount < 0 OR p.points_earned < 0
                      OR p.points_redeemed < 0)"""),
                "sales whose amounts do not add up");
        assertEquals(List.of(), rows("""
                SELECT r.id, r.total, r.paid, s.total AS sale_total, s.paid AS sale_paid FROM purchase r
                JOIN purchase s ON s.id = r.refund_of_id
                WHERE r.kind <> 'REFUND' OR s.kind <> 'SALE' OR r.total <> -s.total OR r.paid <> -s.paid
                   OR r.customer_id <> s.customer_id"""),
                "refunds that do not mirror their sale");
        assertEquals(List.of(), rows("""
                SELECT p.id, p.points_earned, p.points_redeemed FROM purchase p
                WHERE p.kind = 'SALE' AND (
                    p.points_earned <> (SELECT COALESCE(SUM(e.points), 0) FROM points_entry e
                                        WHERE e.purchase_id = p.id AND e.kind = 'EARN')
                    OR p.points_redeemed <> -(SELECT COALESCE(SUM(e.points), 0) FROM points_entry e
                                              WHERE e.purchase_id = p.id AND e.kind = 'REDEEM'))"""),
                "sales whose points are not their ledger rows");
        assertEquals(List.of(), rows("""
                SELECT c.id, a.balance FROM customer c JOIN points_account a ON a.customer_id = c.id
                WHERE a.balance <> 0
                  AND EXISTS (SELECT 1 FROM purchase s WHERE s.customer_id = c.id AND s.kind = 'SALE')
                  AND NOT EXISTS (SELECT 1 FROM purchase s WHERE s.customer_id = c.id AND s.kind = 'SALE'
                                  AND NOT EXISTS (SELECT 1 FROM purchase r WHERE r.refund_of_id = s.id))
                  AND NOT EXISTS (SELECT 1 FROM points_entry e WHERE e.customer_id = c.id
                                  AND e.kind = 'CORRECTION')"""),
                "customers with points although every sale was refunded and nothing corrected");
        // without corrections and expiry: the balance is what the sales not returned earned less what they
        // redeemed, plus what refunds could not take back (spent) and no later refund took since
        assertEquals(List.of(), rows("""
                SELECT * FROM (
                    SELECT c.id, a.balance,
                        (SELECT COALESCE(SUM(s.points_earned - s.points_redeemed), 0) FROM purchase s
                         WHERE s.customer_id = c.id AND s.kind = 'SALE'
                           AND NOT EXISTS (SELECT 1 FROM purchase r WHERE r.refund_of_id = s.id)) AS kept,
                        (SELECT COALESCE(SUM(
                            (SELECT COALESCE(SUM(e.points), 0) FROM points_entry e
                             WHERE e.purchase_id = r.refund_of_id AND e.kind = 'EARN')
                            + (SELECT COALESCE(SUM(e.points), 0) FROM points_entry e
                               WHERE e.purchase_id = r.id AND e.kind = 'REVERSAL' AND e.points < 0)), 0)
                         FROM purchase r WHERE r.customer_id = c.id AND r.kind = 'REFUND') AS owed
                    FROM customer c JOIN points_account a ON a.customer_id = c.id
                    WHERE NOT EXISTS (SELECT 1 FROM points_entry e WHERE e.customer_id = c.id
                                      AND e.kind IN ('CORRECTION', 'EXPIRE'))) t
                WHERE t.balance <> t.kept + t.owed OR t.owed < 0"""),
                "balances that are not what the sales kept earned and redeemed plus what refunds owe");
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
