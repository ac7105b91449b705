package de.stammkunde.domain.loyalty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The points rules as arithmetic: what a purchase earns, what points are worth, which tier applies. */
public final class PointsMath {

    /** Points expire after at most ten years (0 = never). */
    public static final int MAX_EXPIRY_MONTHS = 120;
    /*
     * Ranges no shop leaves; within them, the largest sale (PurchaseRules.MAX_TOTAL, 100,000 €) earns at
     * most 100,000 × 100 × 10 = 100,000,000 points, far inside an int.
     */
    public static final int MAX_POINTS_PER_EURO = 100;
    public static final int MAX_MULTIPLIER = 10;
    public static final int MAX_REDEEM_POINTS = 10_000;
    public static final BigDecimal MAX_REDEEM_VALUE = new BigDecimal("1000.00");
    public static final int MAX_MINIMUM_REDEEM = 10_000;
    public static final BigDecimal MAX_TIER_SPEND = new BigDecimal("1000000.00");
    /**
     * What the settings form takes: so many tiers with names so long always fit their setting (4,000
     * characters; more failed the save with "the database did not answer"). {@link #problems} does not
     * ask, so that rules stored before stay readable.
     */
    public static final int MAX_TIERS = 10;
    public static final int MAX_TIER_NAME = 40;
    /**
     * Every name {@link #problems} and {@link #tierOrderProblems} give; each has a text under
     * {@code points.rules.<name>}, shown when the service refuses rules to be saved.
     */
    public static final List<String> PROBLEMS = List.of("perEuro", "redeemPoints", "redeemValue", "minimum",
            "expiry", "tierName", "tierSpend", "tierMultiplier", "tierSpendTwice", "tierOrder");

    private PointsMath() {
    }

    /** Whole points for an amount paid in money (never negative), with the tier's multiplier. */
    public static int earned(BigDecimal eligible, PointsRules rules, Tier tier) {
        if (eligible == null || eligible.signum() <= 0) {
            return 0;
        }
        BigDecimal multiplier = tier == null ? BigDecimal.ONE : tier.multiplier();
        return eligible.multiply(rules.pointsPerEuro()).multiply(multiplier).setScale(0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /**
     * Whether points earned at {@code earnedAt} are past their expiry date on {@code today} already: a sale
     * entered afterwards, older than the rules' months, books its points and they expire at once.
     */
    public static boolean expiredOn(LocalDateTime earnedAt, PointsRules rules, LocalDate today) {
        LocalDate expires = expiresOn(earnedAt, rules);
        return expires != null && expires.isBefore(today);
    }

    /** When points earned at {@code earnedAt} expire under {@code rules} (null: never). */
    public static LocalDate expiresOn(LocalDateTime earnedAt, PointsRules rules) {
        return rules.expiryMonths() > 0 ? earnedAt.toLocalDate().plusMonths(rules.expiryMonths()) : null;
    }

    /** The euro value of points booked under {@code rules} when redeemed, rounded down to the cent. */
    public static BigDecimal value(int points, PointsRules rules) {
        return rules.redeemValue().multiply(BigDecimal.valueOf(points))
                .divide(BigDecimal.valueOf(rules.redeemPoints()), 2, RoundingMode.FLOOR);
    }

    /** The highest tier whose minimum yearly spend is reached; null without tiers or below all. */
    public static Tier tierFor(BigDecimal yearlySpend, PointsRules rules) {
        Tier best = null;
        for (Tier tier : rules.tiers()) {
            if (yearlySpend.compareTo(tier.minYearlySpend()) >= 0
                    && (best == null || tier.minYearlySpend().compareTo(best.minYearlySpend()) > 0)) {
                best = tier;
            }
        }
        return best;
    }

    /**
     * The tier below {@code tier} (lower minimum spend) that multiplies more than it, the one multiplying most:
     * {@link #tierFor} picks the highest minimum reached, so whoever spent more would earn fewer points.
     */
    public static Optional<Tier> multipliesMoreBelow(Tier tier, List<Tier> tiers) {
        return tiers.stream().filter(other -> other.minYearlySpend().compareTo(tier.minYearlySpend()) < 0
                && other.multiplier().compareTo(tier.multiplier()) > 0)
                .reduce((a, b) -> b.multiplier().compareTo(a.multiplier()) > 0 ? b : a);
    }

    /** A tier before {@code tiers.get(index)} with the same minimum spend: {@link #tierFor} never picks both. */
    public static Optional<Tier> sameMinimumBefore(int index, List<Tier> tiers) {
        Tier tier = tiers.get(index);
        return tiers.subList(0, index).stream()
                .filter(other -> other.minYearlySpend().compareTo(tier.minYearlySpend()) == 0).findFirst();
    }

    /**
     * Tiers that give the bigger spender no more, as message keys: two with the same minimum spend
     * ({@code tierSpendTwice}), a higher minimum multiplying less than a lower one ({@code tierOrder}).
     * Only for rules to be saved, with their ranges checked: {@link #problems} does not ask, so that rules
     * saved before this check still load and the counter works with them.
     */
    public static List<String> tierOrderProblems(List<Tier> tiers) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (sameMinimumBefore(i, tiers).isPresent()) {
                problems.add("tierSpendTwice");
            } else if (multipliesMoreBelow(tiers.get(i), tiers).isPresent()) {
                problems.add("tierOrder");
            }
        }
        return problems;
    }

    /**
     * A lot of points still available: how many are left, when they expire (null: never) and what they are
     * worth, the redemption rule they were booked under ({@code valuePoints} points = {@code valueEuros} €): a
     * new rule applies to points booked from then on, never to those already earned.
     */
    public record Lot(long id, int remaining, LocalDate expiresOn, int valuePoints, BigDecimal valueEuros) {

        /** The same lot with {@code left} points remaining. */
        public Lot withRemaining(int left) {
            return new Lot(id, left, expiresOn, valuePoints, valueEuros);
        }
    }

    /**
     * What {@code points} taken from the lots are worth: each lot's share under its own rule, in the order
     * {@link #consume(List, int)} uses them, summed exactly and rounded down to the cent once. Points beyond
     * what the lots hold are worth nothing (the balance says they are not there).
     */
    public static BigDecimal valueOf(List<Lot> lots, int points) {
        Fraction sum = Fraction.ZERO;
        int left = Math.max(points, 0);
        for (Lot lot : ordered(lots, Set.of())) {
            if (left == 0) {
                break;
            }
            int used = Math.min(left, lot.remaining());
            left -= used;
            sum = sum.plus(worth(used, lot));
        }
        return new BigDecimal(sum.floor(), 2);
    }

    /**
     * The most points of the lots, in the order {@link #consume(List, int)} uses them, whose exact worth is no
     * more than {@code payable}: at most all the lots hold. A lot worth more per point than the next one only
     * limits how many of it fit, as the counter takes them first.
     */
    public static int maxPointsFor(List<Lot> lots, BigDecimal payable) {
        if (payable == null || payable.signum() <= 0) {
            return 0;
        }
        // in cents, exactly; a payable far too large (the preview says so) is no problem for BigInteger
        Fraction budget = new Fraction(payable.movePointRight(2).setScale(0, RoundingMode.FLOOR).toBigIntegerExact(),
                BigInteger.ONE);
        int points = 0;
        for (Lot lot : ordered(lots, Set.of())) {
            Fraction all = worth(lot.remaining(), lot);
            if (all.compareTo(budget) <= 0) {
                points += lot.remaining();
                budget = budget.minus(all);
                continue;
            }
            // the whole points of this lot that fit: budget × valuePoints / value in cents, rounded down
            Fraction cents = cents(lot);
            BigInteger fit = budget.num().multiply(BigInteger.valueOf(lot.valuePoints())).multiply(cents.den())
                    .divide(budget.den().multiply(cents.num()));
            return points + fit.intValueExact();
        }
        return points;
    }

    /** What {@code points} of the lot are worth in cents, exactly. */
    private static Fraction worth(int points, Lot lot) {
        Fraction cents = cents(lot);
        return new Fraction(BigInteger.valueOf(points).multiply(cents.num()),
                BigInteger.valueOf(lot.valuePoints()).multiply(cents.den()));
    }

    /** The lot's {@code valueEuros} in cents, exactly. */
    private static Fraction cents(Lot lot) {
        BigDecimal cents = lot.valueEuros().movePointRight(2);
        return cents.scale() <= 0 ? new Fraction(cents.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(cents.unscaledValue(), BigInteger.TEN.pow(cents.scale()));
    }

    /** A non-negative fraction of cents, kept reduced. */
    private record Fraction(BigInteger num, BigInteger den) {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        Fraction {
            BigInteger gcd = num.gcd(den);
            if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
                num = num.divide(gcd);
                den = den.divide(gcd);
            }
        }

        Fraction plus(Fraction other) {
            return new Fraction(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
        }

        Fraction minus(Fraction other) {
            return new Fraction(num.multiply(other.den).subtract(other.num.multiply(den)), den.multiply(other.den));
        }

        int compareTo(Fraction other) {
            return num.multiply(other.den).compareTo(other.num.multiply(den));
        }

        /** Whole cents, rounded down. */
        BigInteger floor() {
            return num.divide(den);
        }
    }

    /**
     * Uses {@code points} from the lots, soonest-expiring first (lots that never expire last, older
     * before newer): the lots' new remaining counts, in the given order. The lots must hold enough.
     */
    public static List<Lot> consume(List<Lot> lots, int points) {
        return consume(lots, points, Set.of());
    }

    /**
     * As {@link #consume(List, int)}, but the lots in {@code first} are used before all others: a
     * refund takes back the points of its own purchase, so that they do not live on in the ledger
     * while older points vanish in their place.
     */
    public static List<Lot> consume(List<Lot> lots, int points, Set<Long> first) {
        List<Lot> result = new ArrayList<>();
        int left = points;
        for (Lot lot : ordered(lots, first)) {
            int used = Math.min(left, lot.remaining());
            left -= used;
            result.add(lot.withRemaining(lot.remaining() - used));
        }
        if (left > 0) {
            throw new IllegalArgumentException("The lots hold " + (points - left) + " of " + points + " points");
        }
        return result;
    }

    /** The lots in the order they are used: those in {@code first}, then the soonest-expiring, never-expiring last. */
    private static List<Lot> ordered(List<Lot> lots, Set<Long> first) {
        List<Lot> ordered = new ArrayList<>(lots);
        ordered.sort((a, b) -> {
            boolean aFirst = first.contains(a.id());
            if (aFirst != first.contains(b.id())) {
                return aFirst ? -1 : 1;
            }
            if (a.expiresOn() == null || b.expiresOn() == null) {
                return a.expiresOn() == null ? (b.expiresOn() == null ? Long.compare(a.id(), b.id()) : 1) : -1;
            }
            int byDate = a.expiresOn().compareTo(b.expiresOn());
            return byDate != 0 ? byDate : Long.compare(a.id(), b.id());
        });
        return ordered;
    }

    /** What is wrong with a rule set, as names of {@link #PROBLEMS} ({@code points.rules.<name>}); empty when valid. */
    public static List<String> problems(PointsRules rules) {
        List<String> problems = new ArrayList<>();
        if (rules.pointsPerEuro() == null || rules.pointsPerEuro().signum() < 0
                || rules.pointsPerEuro().compareTo(BigDecimal.valueOf(MAX_POINTS_PER_EURO)) > 0) {
            problems.add("perEuro");
        }
        if (rules.redeemPoints() <= 0 || rules.redeemPoints() > MAX_REDEEM_POINTS) {
            problems.add("redeemPoints");
        }
        // whole cents: each lot keeps the value in a column of cents (PointsDao)
        if (rules.redeemValue() == null || rules.redeemValue().signum() <= 0
                || rules.redeemValue().compareTo(MAX_REDEEM_VALUE) > 0
                || rules.redeemValue().stripTrailingZeros().scale() > 2) {
            problems.add("redeemValue");
        }
        if (rules.minimumRedeem() < 0 || rules.minimumRedeem() > MAX_MINIMUM_REDEEM) {
            problems.add("minimum");
        }
        if (rules.expiryMonths() < 0 || rules.expiryMonths() > MAX_EXPIRY_MONTHS) {
            problems.add("expiry");
        }
        Set<String> names = new HashSet<>();
        for (Tier tier : rules.tiers()) {
            String name = tier.name() == null ? "" : tier.name().strip();
            if (name.isEmpty() || name.contains("|") || name.contains(";")
                    || !names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add("tierName");
            } else if (tier.minYearlySpend() == null || tier.minYearlySpend().signum() < 0
                    || tier.minYearlySpend().compareTo(MAX_TIER_SPEND) > 0) {
                problems.add("tierSpend");
            } else if (tier.multiplier() == null || tier.multiplier().compareTo(BigDecimal.ONE) < 0
                    || tier.multiplier().compareTo(BigDecimal.valueOf(MAX_MULTIPLIER)) > 0) {
                problems.add("tierMultiplier");
            }
        }
        return problems;
    }
}
