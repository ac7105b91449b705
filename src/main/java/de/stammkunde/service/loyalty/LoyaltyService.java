package de.stammkunde.service.loyalty;

import de.stammkunde.data.loyalty.PointsDao;
import de.stammkunde.domain.loyalty.PointsBalance;
import de.stammkunde.domain.loyalty.PointsEntry;
import de.stammkunde.domain.loyalty.PointsKind;
import de.stammkunde.domain.loyalty.PointsLine;
import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.loyalty.PointsRulesCodec;
import de.stammkunde.domain.loyalty.Tier;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.settings.SettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The points ledger. The methods taking a {@link Handle} run inside the caller's transaction (the
 * sale, the refund): they book ledger rows and keep {@code points_account} in step. Every write
 * first locks the customer's row, so two counters booking for the same customer go one after the
 * other and the second sees the first's balance; the account's CHECK keeps it from going negative.
 */
public final class LoyaltyService implements MergeParticipant {

    static final String PREFIX = PointsRulesCodec.PREFIX;
    /**
     * The most points a manual correction books either way, and the highest balance one may lead to: far
     * beyond any shop's card, far below what the ledger's whole numbers hold.
     */
    public static final int MAX_CORRECTION = 1_000_000;
    /** The longest reason a correction keeps (the ledger column's size). */
    public static final int MAX_REASON = 400;
    private static final int SOON_DAYS = 30;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SettingsService settings;
    private final Workplace workplace;

    public LoyaltyService(Jdbi jdbi, Clock clock, SettingsService settings, Workplace workplace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.settings = settings;
        this.workplace = workplace;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** The rules now in force (defaults until the owner saves some). */
    public PointsRules rules() {
        return PointsRulesCodec.decode(settings.withPrefix(PREFIX));
    }

    /** Saves new rules; they apply from now on. Throws {@link PointsRulesRefusedException} for invalid rules. */
    public void saveRules(PointsRules rules) {
        settings.putAll(settingsOf(rules));
    }

    /**
     * The settings that hold {@code rules}, checked, to be saved with others in one transaction. Throws
     * {@link PointsRulesRefusedException} naming what is wrong for invalid rules.
     */
    public Map<String, String> settingsOf(PointsRules rules) {
        List<String> problems = PointsMath.problems(rules);
        if (problems.isEmpty()) {
            problems = PointsMath.tierOrderProblems(rules.tiers());
        }
        if (!problems.isEmpty()) {
            throw new PointsRulesRefusedException(problems);
        }
        return PointsRulesCodec.encode(rules);
    }

    /**
     * Balance, euro value, points expiring in the next 30 days and tier; books due expiries first. A
     * customer merged into another (while its account was on screen) has the kept one's points.
     */
    public PointsBalance balance(long forCustomerId) {
        return account(forCustomerId).balance();
    }

    /**
     * A customer's points as the sale's preview needs them: the {@link #balance} and the lots holding it, each
     * with the rule it was booked under, what points to be redeemed are worth ({@link PointsMath#valueOf},
     * {@link PointsMath#maxPointsFor}).
     */
    public record Account(PointsBalance balance, List<PointsMath.Lot> lots) {

        public Account {
            lots = List.copyOf(lots);
        }
    }

    /** The {@link #balance} with the lots holding it, read in the same transaction. */
    public Account account(long forCustomerId) {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        PointsRules rules = rules();
        return jdbi.inTransaction(h -> {
            PointsDao dao = h.attach(PointsDao.class);
            long customerId = current(dao, forCustomerId);
            if (!dao.hasDueLots(customerId, today)) {
                return read(dao, customerId, rules, now);
            }
            dao.lockCustomer(customerId);
            expire(dao, customerId, today, now);
            return read(dao, customerId, rules, now);
        });
    }

    /**
     * The balance inside the caller's transaction (the sale, the refund), due expiries booked first: what
     * its confirmation shows comes from the same transaction, with nothing left to fail after the commit.
     */
    public int balance(Handle h, long customerId, LocalDateTime now) {
        PointsDao dao = lock(h, customerId);
        expire(dao, customerId, now.toLocalDate(), now);
        return dao.balance(customerId).orElse(0);
    }

    /**
     * The balance with its lots: their points are worth what the rule they were booked under says, and the
     * points expiring soon are read off them too (one query for the lots, none for each).
     */
    private Account read(PointsDao dao, long customerId, PointsRules rules, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalDate soonUntil = today.plusDays(SOON_DAYS);
        int points = dao.balance(customerId).orElse(0);
        BigDecimal spend = dao.spend(customerId, now.minusYears(1), now);
        List<PointsMath.Lot> lots = dao.lots(customerId);
        int soon = 0;
        LocalDate next = null;
        for (PointsMath.Lot lot : lots) {
            LocalDate expires = lot.expiresOn();
            if (expires != null && !expires.isBefore(today)) {
                soon += expires.isAfter(soonUntil) ? 0 : lot.remaining();
                next = next == null || expires.isBefore(next) ? expires : next;
            }
        }
        // Points earned while expiry was on keep their date after it is switched off.
        boolean never = rules.expiryMonths() == 0 && next == null;
        return new Account(new PointsBalance(points, PointsMath.valueOf(lots, points), soon, soon > 0 ? next : null,
                PointsMath.tierFor(spend, rules), spend, never), lots);
    }

    /** The customer's ledger, newest first, each row with its purchase's receipt number and date. */
    public List<PointsLine> lines(long customerId) {
        return jdbi.withExtension(PointsDao.class, dao -> dao.lines(current(dao, customerId)));
    }

    /** The customer whose points these are: for one merged into another the kept one (as its number leads there). */
    private static long current(PointsDao dao, long customerId) {
        return dao.current(customerId).orElse(customerId);
    }

    /** What {@link #earn} would book for this amount for a purchase at {@code at} (for the counter's preview). */
    public int pointsFor(long customerId, BigDecimal eligibleAmount, LocalDateTime at) {
        PointsRules rules = rules();
        Tier tier = jdbi.withExtension(PointsDao.class, dao -> tierBefore(dao, customerId, rules, at));
        return PointsMath.earned(eligibleAmount, rules, tier);
    }

    /**
     * Redeems {@code points} for a purchase, using up the soonest-expiring lots first. Refuses (nothing
     * booked) when below the minimum, above the balance, or worth more than {@code payable}; safe against
     * two counters redeeming at once. Returns the euro discount: each lot it uses worth the rule it was booked
     * under ({@link PointsMath#valueOf}), not the rule of the day.
     * <p>
     * The points are those valid today, also for a sale entered afterwards ({@code at} in the past): the
     * counter panel and the sale's preview show today's balance, and points expired since the sale's date
     * are booked as expired as soon as anything looks at the account. Taking them as of the sale's date
     * would let them pay only while nothing had booked their expiry yet. (A shop that wants to honour them
     * gives them back with a correction, with its reason.) A sale dated a few minutes ahead (a till's clock)
     * pays with them too: at 23:58, one dated 00:01 takes the points that expire at the end of today, which the
     * panel and the preview still show.
     */
    public BigDecimal redeem(Handle h, long customerId, long purchaseId, int points, BigDecimal payable,
            LocalDateTime at) {
        PointsRules rules = rules();
        PointsDao dao = lock(h, customerId);
        LocalDateTime now = now();
        expire(dao, customerId, now.toLocalDate(), now);
        int balance = dao.balance(customerId).orElse(0);
        if (points <= 0) {
            throw new PointsRefusedException(PointsRefusedException.Reason.NOT_POSITIVE, balance);
        }
        if (points < rules.minimumRedeem()) {
            throw new PointsRefusedException(PointsRefusedException.Reason.BELOW_MINIMUM, balance);
        }
        if (points > balance) {
            throw new PointsRefusedException(PointsRefusedException.Reason.INSUFFICIENT, balance);
        }
        // worth what the lots it uses were booked under, each its own rule; read once, under the lock
        List<PointsMath.Lot> lots = dao.lots(customerId);
        BigDecimal value = PointsMath.valueOf(lots, points);
        if (value.compareTo(payable) > 0) {
            throw new PointsRefusedException(PointsRefusedException.Reason.MORE_THAN_PAYABLE, balance);
        }
        Map<Long, Integer> used = take(dao, customerId, points, balance, Set.of(), lots);
        long redeemId = book(dao, customerId, PointsKind.REDEEM, -points, null, purchaseId, "", rules, at);
        // noted so that a refund gives the points back with the dates they had
        used.forEach((lot, n) -> dao.insertUse(redeemId, lot, n));
        return value;
    }

    /** Books the points a purchase earns on {@code eligibleAmount} (the part not paid with points or coupons). */
    public int earn(Handle h, long customerId, long purchaseId, BigDecimal eligibleAmount, LocalDateTime at) {
        PointsRules rules = rules();
        PointsDao dao = lock(h, customerId);
        Tier tier = tierBefore(dao, customerId, rules, at);
        int points = PointsMath.earned(eligibleAmount, rules, tier);
        if (points > 0) {
            give(dao, customerId, PointsKind.EARN, points, purchaseId, tier == null ? "" : tier.name(), rules, at);
        }
        return points;
    }

    /** The tier of what the customer paid in the year before {@code at}. */
    private static Tier tierBefore(PointsDao dao, long customerId, PointsRules rules, LocalDateTime at) {
        return PointsMath.tierFor(dao.spend(customerId, at.minusYears(1), at.minusSeconds(1)), rules);
    }

    /**
     * Books the points of many purchases in the caller's transaction (an import), under {@code rules} read
     * once; see {@link BulkEarning}.
     */
    public BulkEarning bulkEarning(Handle h, PointsRules rules) {
        return new BulkEarning(h.attach(PointsDao.class), rules);
    }

    /**
     * Earns as {@link #earn(Handle, long, long, BigDecimal, LocalDateTime)} does, for many purchases in one
     * transaction: a customer is locked (and given an account) the first time only, as the lock holds until
     * that transaction ends; the ledger rows and balances are gathered and written by {@link #flush()}, which
     * must run before the transaction ends. Nothing read here (the tier: what the customer paid) depends on
     * them. Use it in the transaction of the handle it was made with only.
     */
    public final class BulkEarning {

        private final PointsDao dao;
        private final PointsRules rules;
        private final Set<Long> locked = new HashSet<>();
        private final List<PointsDao.NewLot> lots = new ArrayList<>();
        private final Map<Long, Integer> raised = new LinkedHashMap<>();

        private BulkEarning(PointsDao dao, PointsRules rules) {
            this.dao = dao;
            this.rules = rules;
        }

        /** The points {@code purchaseId} earns on {@code eligibleAmount}, booked at the next {@link #flush()}. */
        public int earn(long customerId, long purchaseId, BigDecimal eligibleAmount, LocalDateTime at) {
            if (!locked.contains(customerId)) {
                lock(dao, customerId);
                locked.add(customerId);
            }
            Tier tier = tierBefore(dao, customerId, rules, at);
            int points = PointsMath.earned(eligibleAmount, rules, tier);
            if (points > 0) {
                // as give(…, PointsKind.EARN, …) books it
                lots.add(new PointsDao.NewLot(customerId, PointsKind.EARN, points, PointsMath.expiresOn(at, rules), purchaseId,
                        tier == null ? "" : tier.name(), workplace.who(), at, rules.redeemPoints(),
                        rules.redeemValue()));
                raised.merge(customerId, points, Integer::sum);
            }
            return points;
        }

        /** Writes the lots earned since the last flush, in the order earned, and raises the balances by them. */
        public void flush() {
            if (lots.isEmpty()) {
                return;
            }
            dao.insertLots(lots);
            int[] changed = dao.changeBalances(new ArrayList<>(raised.keySet()), new ArrayList<>(raised.values()));
            for (int rows : changed) {
                if (rows != 1) {
                    throw new IllegalStateException("Points account missing while booking an import's points");
                }
            }
            lots.clear();
            raised.clear();
        }
    }

    /**
     * What a refund booked: the points taken back (at most what the customer still had), the redeemed
     * ones given back (less those taken for what earlier refunds could not take back), and how many of
     * those expired at once (their date had passed meanwhile).
     */
    public record Reversal(int takenBack, int givenBack, int lapsed) {

        /** The change of the balance. */
        public int change() {
            return givenBack - lapsed - takenBack;
        }
    }

    /**
     * A refund: takes back what {@code originalPurchaseId} earned and gives back what it redeemed, as
     * REVERSAL rows referencing {@code refundPurchaseId}; never below a zero balance.
     */
    public Reversal reverse(Handle h, long customerId, long originalPurchaseId, long refundPurchaseId,
            LocalDateTime at) {
        PointsRules rules = rules();
        PointsDao dao = lock(h, customerId);
        expire(dao, customerId, at.toLocalDate(), at);
        int earned = 0;
        int redeemed = 0;
        Set<Long> ownLots = new HashSet<>();
        List<PointsDao.Use> redeemedOf = new ArrayList<>();
        int redeemedUnnoted = 0;
        Long unnotedRedemption = null;
        for (PointsEntry entry : dao.ofPurchase(originalPurchaseId)) {
            if (entry.kind() == PointsKind.EARN) {
                earned += entry.points();
                ownLots.add(entry.id());
            } else if (entry.kind() == PointsKind.REDEEM) {
                redeemed -= entry.points();
                List<PointsDao.Use> uses = dao.uses(entry.id());
                redeemedOf.addAll(uses);
                int unnoted = -entry.points() - uses.stream().mapToInt(PointsDao.Use::points).sum();
                if (unnoted > 0) {
                    redeemedUnnoted += unnoted;
                    unnotedRedemption = entry.id();
                }
            } else if (entry.kind() == PointsKind.EXPIRE) {
                // expired unused: the customer lost them already, newer points are not taken in their place
                earned += entry.points();
            }
        }
        // The points go back into the lots they came from, with their dates; those whose date passed meanwhile
        // expire at once (else paying with points about to expire and returning the goods would renew them).
        // Back in their own lot, they expire as points of the purchase that earned them: its refund then
        // knows they are gone (as new lots of the refund they were taken a second time, from other points).
        // A redemption booked before the lots were noted gives its points back as a new lot, as earned today,
        // worth what the points were worth then: the rule its row was booked with (V11 gave the rows before it
        // the rule saved then, which every point was worth).
        // The ledger names the refunded purchase through the refund's row (PointsDao#lines).
        Set<Long> returnedLots = givenBack(dao, customerId, redeemedOf, refundPurchaseId, rules, at);
        if (redeemedUnnoted > 0) {
            PointsDao.Value worth = dao.valueOf(unnotedRedemption);
            returnedLots.add(addLot(dao, customerId, PointsKind.REVERSAL, redeemedUnnoted,
                    PointsMath.expiresOn(at, rules), refundPurchaseId, "", at, worth.valuePoints(),
                    worth.valueEuros()));
        }
        int lapsed = expire(dao, customerId, at.toLocalDate(), at);
        redeemed -= settleOwed(dao, customerId, redeemedOf, redeemed - lapsed, returnedLots, refundPurchaseId, rules,
                at);
        int balance = dao.balance(customerId).orElse(0);
        int takeBack = Math.min(earned, balance);
        if (takeBack > 0) {
            take(dao, customerId, takeBack, balance, ownLots);
            book(dao, customerId, PointsKind.REVERSAL, -takeBack, null, refundPurchaseId, "", rules, at);
        }
        return new Reversal(Math.max(takeBack, 0), redeemed, lapsed);
    }

    /**
     * Puts the redeemed points back into their lots; the ledger shows one REVERSAL row per expiry date. A lot
     * that is no longer the customer's gets a new lot of the refund with its date instead. Points of a lot
     * whose purchase was refunded meanwhile come back as a new lot, as earned today: that refund took them
     * back from the customer's other points already, and back in their old lot (or with its passed date)
     * they were lost a second time; as earned today, they are worth today's rule too (they stand in for points
     * that refund took from other lots, which it did not note). Points back in their lot, or in a new lot with
     * its date, keep the worth of the lot they came from (its redemption rule). Returns the lots the points
     * went into.
     */
    private Set<Long> givenBack(PointsDao dao, long customerId, List<PointsDao.Use> uses, long refundPurchaseId,
            PointsRules rules, LocalDateTime at) {
        Map<LocalDate, Integer> byExpiry = new LinkedHashMap<>(); // a null key: never expires
        Set<Long> lots = new HashSet<>();
        for (PointsDao.Use use : uses) {
            if (use.lotRefunded()) {
                lots.add(give(dao, customerId, PointsKind.REVERSAL, use.points(), refundPurchaseId, "", rules, at));
            } else if (dao.giveBack(use.lotId(), customerId, use.points()) == 1) {
                byExpiry.merge(use.expiresOn(), use.points(), Integer::sum);
                lots.add(use.lotId());
            } else {
                lots.add(addLot(dao, customerId, PointsKind.REVERSAL, use.points(), use.expiresOn(), refundPurchaseId,
                        "", at, use.valuePoints(), use.valueEuros()));
            }
        }
        byExpiry.forEach((expires, points) -> {
            dao.changeBalance(customerId, points);
            // no lot: its points are back in theirs, each with its own rule
            book(dao, customerId, PointsKind.REVERSAL, points, expires, refundPurchaseId, "", rules, at);
        });
        return lots;
    }

    /**
     * Takes of the {@code returned} points just given back (those that did not lapse at once) what earlier
     * refunds of the customer could not take back because the points were spent, each in a REVERSAL row of
     * that refund: first the refunds of purchases whose own points came back, then the oldest. Else returning
     * every purchase could leave the customer points: a refund whose purchase's points were spent takes others
     * in their place, those of a purchase returned later, whose refund then finds nothing; the spent points
     * coming back are in truth that later purchase's. Returns how many points were taken so.
     */
    private int settleOwed(PointsDao dao, long customerId, List<PointsDao.Use> uses, int returned,
            Set<Long> returnedLots, long refundPurchaseId, PointsRules rules, LocalDateTime at) {
        if (returned <= 0) {
            return 0;
        }
        Set<Long> cameBack = new HashSet<>();
        for (PointsDao.Use use : uses) {
            if (use.lotRefunded()) {
                dao.earnedBy(use.lotId()).ifPresent(cameBack::add);
            }
        }
        List<PointsDao.Owed> owed = new ArrayList<>(dao.owedByRefunds(customerId, refundPurchaseId));
        owed.sort((a, b) -> Boolean.compare(!cameBack.contains(a.purchaseId()), !cameBack.contains(b.purchaseId())));
        int taken = 0;
        for (PointsDao.Owed refund : owed) {
            int balance = dao.balance(customerId).orElse(0);
            int points = Math.min(Math.min(refund.points(), returned - taken), balance);
            if (points <= 0) {
                break;
            }
            take(dao, customerId, points, balance, returnedLots);
            book(dao, customerId, PointsKind.REVERSAL, -points, null, refund.refundId(), "", rules, at);
            taken += points;
        }
        return taken;
    }

    /** A manual correction (positive or negative) with a required reason; for a merged customer the kept one's. */
    public PointsEntry correct(long forCustomerId, int points, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PointsRefusedException(PointsRefusedException.Reason.REASON_MISSING, 0);
        }
        if (reason.strip().length() > MAX_REASON) {
            // a text pasted by mistake failed as a database error, again at each try
            throw new PointsRefusedException(PointsRefusedException.Reason.REASON_TOO_LONG, 0);
        }
        if (points == 0) {
            throw new PointsRefusedException(PointsRefusedException.Reason.NOT_POSITIVE, 0);
        }
        if (Math.abs((long) points) > MAX_CORRECTION) {
            throw new PointsRefusedException(PointsRefusedException.Reason.CORRECTION_TOO_LARGE, 0);
        }
        LocalDateTime now = now();
        PointsRules rules = rules();
        return jdbi.inTransaction(h -> {
            // locked before it is read: a merge moving the points meanwhile has then either finished or not begun
            h.attach(PointsDao.class).lockCustomer(forCustomerId);
            long customerId = current(h.attach(PointsDao.class), forCustomerId);
            PointsDao dao = lock(h, customerId);
            expire(dao, customerId, now.toLocalDate(), now);
            long id;
            if (points > 0) {
                int balance = dao.balance(customerId).orElse(0);
                if ((long) balance + points > MAX_CORRECTION) {
                    throw new PointsRefusedException(PointsRefusedException.Reason.BALANCE_TOO_HIGH, balance);
                }
                id = give(dao, customerId, PointsKind.CORRECTION, points, null, reason.strip(), rules, now);
            } else {
                take(dao, customerId, -points, dao.balance(customerId).orElse(0));
                id = book(dao, customerId, PointsKind.CORRECTION, points, null, null, reason.strip(), rules, now);
            }
            return dao.entry(id);
        });
    }

    /** Books EXPIRE rows for every lot past its date (all customers); returns the points expired. */
    public int expireDue(LocalDate today) {
        LocalDateTime now = now();
        List<Long> customers = jdbi.withExtension(PointsDao.class, dao -> dao.customersWithDueLots(today));
        int expired = 0;
        for (long customerId : customers) {
            expired += jdbi.inTransaction(h -> expire(lock(h, customerId), customerId, today, now));
        }
        return expired;
    }

    private PointsDao lock(Handle h, long customerId) {
        PointsDao dao = h.attach(PointsDao.class);
        lock(dao, customerId);
        return dao;
    }

    /** Locks the customer's row until the transaction ends and makes sure it has an account. */
    private static void lock(PointsDao dao, long customerId) {
        if (dao.lockCustomer(customerId).isEmpty()) {
            throw new IllegalArgumentException("No customer " + customerId);
        }
        dao.ensureAccount(customerId);
    }

    /**
     * Books an EXPIRE row for each lot past its date, naming the purchase that earned it (so that its
     * refund knows what of it expired unused); returns how many points expired.
     */
    private int expire(PointsDao dao, long customerId, LocalDate today, LocalDateTime at) {
        List<PointsDao.DueLot> due = dao.dueLots(customerId, today);
        int expired = 0;
        for (PointsDao.DueLot lot : due) {
            dao.setRemaining(lot.id(), 0);
            expired += lot.remaining();
        }
        if (expired > 0) {
            if (dao.changeBalance(customerId, -expired) == 0) {
                throw new IllegalStateException("Points account out of step with the ledger of " + customerId);
            }
            for (PointsDao.DueLot lot : due) {
                // with the lot's rule: what the points that expired were worth
                dao.insert(customerId, PointsKind.EXPIRE, -lot.remaining(), 0, null, lot.purchaseId(), "",
                        workplace.who(), at, lot.valuePoints(), lot.valueEuros());
            }
        }
        return expired;
    }

    /** A new lot of points booked under {@code rules}: they expire and are worth what these say. */
    private long give(PointsDao dao, long customerId, PointsKind kind, int points, Long purchaseId, String reason,
            PointsRules rules, LocalDateTime at) {
        return addLot(dao, customerId, kind, points, PointsMath.expiresOn(at, rules), purchaseId, reason, at,
                rules.redeemPoints(), rules.redeemValue());
    }

    /**
     * A new lot of points, expiring on {@code expires} (null: never), worth {@code valueEuros} per {@code
     * valuePoints} points, and the balance raised by it.
     */
    private long addLot(PointsDao dao, long customerId, PointsKind kind, int points, LocalDate expires,
            Long purchaseId, String reason, LocalDateTime at, int valuePoints, BigDecimal valueEuros) {
        dao.changeBalance(customerId, points);
        return dao.insert(customerId, kind, points, points, expires, purchaseId, reason, workplace.who(), at,
                valuePoints, valueEuros);
    }

    /** A ledger row that is no lot (nothing remaining), with the redemption rule in force. */
    private long book(PointsDao dao, long customerId, PointsKind kind, int points, LocalDate expires,
            Long purchaseId, String reason, PointsRules rules, LocalDateTime at) {
        return dao.insert(customerId, kind, points, 0, expires, purchaseId, reason, workplace.who(), at,
                rules.redeemPoints(), rules.redeemValue());
    }

    /**
     * Takes points from the balance and the lots (soonest-expiring first), or refuses; returns how many
     * points it took of which lot.
     */
    private Map<Long, Integer> take(PointsDao dao, long customerId, int points, int balance) {
        return take(dao, customerId, points, balance, Set.of());
    }

    /** As above, the lots {@code first} before all others. */
    private Map<Long, Integer> take(PointsDao dao, long customerId, int points, int balance, Set<Long> first) {
        return take(dao, customerId, points, balance, first, null);
    }

    /** As above, with the customer's lots read already under the lock ({@code lots}; null: read them). */
    private Map<Long, Integer> take(PointsDao dao, long customerId, int points, int balance, Set<Long> first,
            List<PointsMath.Lot> lots) {
        if (points > balance || dao.changeBalance(customerId, -points) == 0) {
            throw new PointsRefusedException(PointsRefusedException.Reason.INSUFFICIENT, balance);
        }
        List<PointsMath.Lot> before = lots != null ? lots : dao.lots(customerId);
        Map<Long, Integer> old = new LinkedHashMap<>();
        before.forEach(l -> old.put(l.id(), l.remaining()));
        Map<Long, Integer> used = new LinkedHashMap<>();
        for (PointsMath.Lot lot : PointsMath.consume(before, points, first)) {
            int taken = old.get(lot.id()) - lot.remaining();
            if (taken > 0) {
                dao.setRemaining(lot.id(), lot.remaining());
                used.put(lot.id(), taken);
            }
        }
        return used;
    }

    @Override
    public Set<String> columns() {
        return Set.of("points_entry.customer_id", "points_account.customer_id");
    }

    @Override
    public void moveRows(Handle handle, long fromCustomerId, long toCustomerId) {
        PointsDao dao = lock(handle, toCustomerId);
        int moved = dao.balance(fromCustomerId).orElse(0);
        dao.moveEntries(fromCustomerId, toCustomerId);
        dao.deleteAccount(fromCustomerId);
        dao.changeBalance(toCustomerId, moved);
    }

    /**
     * An erased customer can never redeem again: the points still held are booked off as a correction with
     * the erasure's reason, so they no longer count as owed; the ledger's rows stay as the shop's record.
     */
    @Override
    public void erase(Handle handle, long customerId, Erasure erasure) {
        PointsDao dao = lock(handle, customerId);
        expire(dao, customerId, erasure.at().toLocalDate(), erasure.at());
        int balance = dao.balance(customerId).orElse(0);
        if (balance > 0) {
            take(dao, customerId, balance, balance);
            book(dao, customerId, PointsKind.CORRECTION, -balance, null, null, erasure.pointsReason(), rules(),
                    erasure.at());
        }
    }
}
