package de.stammkunde.domain.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsMathTest {

    private static final Tier SILVER = new Tier("Silber", new BigDecimal("500"), new BigDecimal("1.5"));
    private static final Tier GOLD = new Tier("Gold", new BigDecimal("1500"), new BigDecimal("2"));
    private static final PointsRules TIERED = new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.00"), 100, 0,
            List.of(SILVER, GOLD));

    @Test
    void pointsAreWholeAndRoundedDown() {
        assertEquals(12, PointsMath.earned(new BigDecimal("12.99"), PointsRules.DEFAULT, null));
        assertEquals(0, PointsMath.earned(new BigDecimal("0.99"), PointsRules.DEFAULT, null));
        assertEquals(0, PointsMath.earned(new BigDecimal("-5"), PointsRules.DEFAULT, null));
    }

    @Test
    void aTierMultipliesThePoints() {
        assertEquals(18, PointsMath.earned(new BigDecimal("12.50"), TIERED, SILVER));
        assertEquals(25, PointsMath.earned(new BigDecimal("12.50"), TIERED, GOLD));
    }

    @Test
    void theHighestTierReachedApplies() {
        assertNull(PointsMath.tierFor(new BigDecimal("499.99"), TIERED));
        assertEquals(SILVER, PointsMath.tierFor(new BigDecimal("500"), TIERED));
        assertEquals(GOLD, PointsMath.tierFor(new BigDecimal("2000"), TIERED));
    }

    @Test
    void pointsAreWorthTheirShareOfTheRedemptionValueRoundedDownToTheCent() {
        assertEquals(new BigDecimal("5.00"), PointsMath.value(100, PointsRules.DEFAULT));
        assertEquals(new BigDecimal("0.35"), PointsMath.value(7, PointsRules.DEFAULT));
        PointsRules odd = new PointsRules(BigDecimal.ONE, 3, new BigDecimal("1.00"), 0, 0, List.of());
        assertEquals(new BigDecimal("0.33"), PointsMath.value(1, odd));
    }

    @Test
    void redemptionUsesTheSoonestExpiringLotsFirstAndLotsWithoutExpiryLast() {
        List<PointsMath.Lot> lots = List.of(new PointsMath.Lot(1, 50, null),
                new PointsMath.Lot(2, 30, LocalDate.of(2027, 3, 1)), new PointsMath.Lot(3, 40, LocalDate.of(2027, 1, 1)));

        List<PointsMath.Lot> after = PointsMath.consume(lots, 60);

        assertEquals(List.of(new PointsMath.Lot(3, 0, LocalDate.of(2027, 1, 1)),
                new PointsMath.Lot(2, 10, LocalDate.of(2027, 3, 1)), new PointsMath.Lot(1, 50, null)), after);
    }

    @Test
    void lotsCannotGiveMoreThanTheyHold() {
        assertThrows(IllegalArgumentException.class,
                () -> PointsMath.consume(List.of(new PointsMath.Lot(1, 5, null)), 6));
    }

    @Test
    void invalidRulesAreNamed() {
        PointsRules bad = new PointsRules(new BigDecimal("-1"), 0, BigDecimal.ZERO, -1, 121,
                List.of(new Tier("Gold", BigDecimal.ONE, new BigDecimal("0.5")), new Tier("gold", BigDecimal.ONE,
                        BigDecimal.ONE)));

        assertEquals(List.of("perEuro", "redeemPoints", "redeemValue", "minimum", "expiry", "tierMultiplier",
                "tierName"), PointsMath.problems(bad));
        assertEquals(List.of(), PointsMath.problems(TIERED));
    }

    @Test
    void rulesBeyondTheRangesAShopWouldNeverLeaveAreNamed() {
        PointsRules absurd = new PointsRules(new BigDecimal("100.01"), 10_001, new BigDecimal("1000.01"), 10_001, 121,
                List.of(new Tier("Gold", new BigDecimal("1000000.01"), BigDecimal.ONE),
                        new Tier("Platin", BigDecimal.ONE, new BigDecimal("10.01"))));

        assertEquals(List.of("perEuro", "redeemPoints", "redeemValue", "minimum", "expiry", "tierSpend",
                "tierMultiplier"), PointsMath.problems(absurd));
        // each name has a text for the Settings screen, which shows it when the service refuses the rules
        assertTrue(PointsMath.PROBLEMS.containsAll(PointsMath.problems(absurd)));
        assertTrue(PointsMath.PROBLEMS.containsAll(List.of("tierSpendTwice", "tierOrder")));
    }

    @Test
    void theLargestSaleUnderTheHighestAllowedRulesEarnsPointsThatFitAnInt() {
        Tier top = new Tier("Top", PointsMath.MAX_TIER_SPEND, BigDecimal.valueOf(PointsMath.MAX_MULTIPLIER));
        PointsRules highest = new PointsRules(BigDecimal.valueOf(PointsMath.MAX_POINTS_PER_EURO),
                PointsMath.MAX_REDEEM_POINTS, new BigDecimal("0.01"), PointsMath.MAX_MINIMUM_REDEEM,
                PointsMath.MAX_EXPIRY_MONTHS, List.of(top));

        assertEquals(List.of(), PointsMath.problems(highest));
        assertEquals(100_000_000, PointsMath.earned(new BigDecimal("100000.00"), highest, top));
        assertEquals(new BigDecimal("100.00"), PointsMath.value(100_000_000, highest));
    }

    @Test
    void lotsNamedFirstAreUsedBeforeOlderOnes() {
        List<PointsMath.Lot> lots = List.of(new PointsMath.Lot(1, 100, null), new PointsMath.Lot(2, 27, null));

        List<PointsMath.Lot> after = PointsMath.consume(lots, 40, java.util.Set.of(2L));

        assertEquals(List.of(new PointsMath.Lot(2, 0, null), new PointsMath.Lot(1, 87, null)), after);
    }
}
