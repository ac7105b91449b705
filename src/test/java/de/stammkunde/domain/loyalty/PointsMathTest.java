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
        List<PointsMath.Lot> lots = List.of(lot(1, 50, null),
                lot(2, 30, LocalDate.of(2027, 3, 1)), lot(3, 40, LocalDate.of(2027, 1, 1)));

        List<PointsMath.Lot> after = PointsMath.consume(lots, 60);

        assertEquals(List.of(lot(3, 0, LocalDate.of(2027, 1, 1)),
                lot(2, 10, LocalDate.of(2027, 3, 1)), lot(1, 50, null)), after);
    }

    @Test
    void lotsCannotGiveMoreThanTheyHold() {
        assertThrows(IllegalArgumentException.class,
                () -> PointsMath.consume(List.of(lot(1, 5, null)), 6));
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
        List<PointsMath.Lot> lots = List.of(lot(1, 100, null), lot(2, 27, null));

        List<PointsMath.Lot> after = PointsMath.consume(lots, 40, java.util.Set.of(2L));

        assertEquals(List.of(lot(2, 0, null), lot(1, 87, null)), after);
    }

    @Test
    void pointsAreWorthTheRuleTheirLotWasBookedUnderNotToday() {
        // 1,000 points earned at 100 = 5 €, then the owner set 100 = 2 € and 100 more came
        List<PointsMath.Lot> lots = List.of(lot(2, 100, null, 100, "2.00"), lot(1, 1_000, null, 100, "5.00"));

        assertEquals(new BigDecimal("52.00"), PointsMath.valueOf(lots, 1_100));
        assertEquals(new BigDecimal("50.00"), PointsMath.valueOf(lots, 1_000), "oldest lots first");
        assertEquals(new BigDecimal("51.00"), PointsMath.valueOf(lots, 1_050));
        assertEquals(new BigDecimal("0.00"), PointsMath.valueOf(lots, 0));
        assertEquals(new BigDecimal("52.00"), PointsMath.valueOf(lots, 2_000),
                "points the lots do not hold count nothing");
    }

    @Test
    void theSoonestExpiringLotIsValuedFirstAsARedemptionUsesIt() {
        List<PointsMath.Lot> lots = List.of(lot(1, 100, null, 100, "5.00"),
                lot(2, 100, LocalDate.of(2027, 1, 1), 100, "2.00"));

        assertEquals(new BigDecimal("2.00"), PointsMath.valueOf(lots, 100));
        assertEquals(new BigDecimal("4.50"), PointsMath.valueOf(lots, 150));
    }

    @Test
    void theSumOfAllLotsIsRoundedDownOnceNotEachLot() {
        // three lots of one point at 3 points = 1 €: each 0.333… €, together exactly 1.00 €, not 3 × 0.33
        List<PointsMath.Lot> thirds = List.of(lot(1, 1, null, 3, "1.00"), lot(2, 1, null, 3, "1.00"),
                lot(3, 1, null, 3, "1.00"));
        assertEquals(new BigDecimal("1.00"), PointsMath.valueOf(thirds, 3));
        assertEquals(new BigDecimal("0.66"), PointsMath.valueOf(thirds, 2));
        // 1 point at 3 = 1 € and 1 at 7 = 1 €: 0.476… €
        assertEquals(new BigDecimal("0.47"),
                PointsMath.valueOf(List.of(lot(1, 1, null, 3, "1.00"), lot(2, 1, null, 7, "1.00")), 2));
    }

    @Test
    void theMostPointsForAnAmountWalkTheLotsEachAtItsOwnRule() {
        List<PointsMath.Lot> lots = List.of(lot(1, 1_000, null, 100, "5.00"), lot(2, 100, null, 100, "2.00"));

        assertEquals(1_000, PointsMath.maxPointsFor(lots, new BigDecimal("50.00")));
        assertEquals(1_050, PointsMath.maxPointsFor(lots, new BigDecimal("51.00")));
        assertEquals(1_050, PointsMath.maxPointsFor(lots, new BigDecimal("51.01")), "1,051 are worth 51.02 €");
        assertEquals(1_100, PointsMath.maxPointsFor(lots, new BigDecimal("100.00")), "no more than the lots hold");
        assertEquals(799, PointsMath.maxPointsFor(lots, new BigDecimal("39.99")));
        assertEquals(0, PointsMath.maxPointsFor(lots, new BigDecimal("0.04")));
        assertEquals(0, PointsMath.maxPointsFor(lots, BigDecimal.ZERO));
        assertEquals(1_100, PointsMath.maxPointsFor(lots, new BigDecimal("1000000000000.00")));
        for (int cents = 0; cents <= 5_300; cents += 7) {
            BigDecimal payable = BigDecimal.valueOf(cents, 2);
            int max = PointsMath.maxPointsFor(lots, payable);
            assertTrue(PointsMath.valueOf(lots, max).compareTo(payable) <= 0, "worth no more: " + payable);
            // each point here is worth whole cents, so one more is worth more than the amount
            assertTrue(max == 1_100 || PointsMath.valueOf(lots, max + 1).compareTo(payable) > 0,
                    "one more would be worth more: " + payable);
        }
    }

    @Test
    void withOneRuleTheMostPointsAreAsBefore() {
        // 100 points = 5 €: 12.34 € takes 246 points (12.30 €), as payable × 100 / 5 rounded down
        List<PointsMath.Lot> lots = List.of(lot(1, 10_000, null, 100, "5.00"));
        assertEquals(246, PointsMath.maxPointsFor(lots, new BigDecimal("12.34")));
        assertEquals(PointsMath.value(246, PointsRules.DEFAULT), PointsMath.valueOf(lots, 246));
    }

    @Test
    void aConsumedLotKeepsItsRule() {
        List<PointsMath.Lot> after = PointsMath.consume(List.of(lot(1, 100, null, 100, "2.00")), 40);

        assertEquals(List.of(lot(1, 60, null, 100, "2.00")), after);
    }

    @Test
    void aRedemptionValueWithMoreThanCentsIsRefused() {
        PointsRules fine = new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.50"), 100, 0, List.of());
        PointsRules thousandths = new PointsRules(BigDecimal.ONE, 100, new BigDecimal("5.005"), 100, 0, List.of());

        assertEquals(List.of(), PointsMath.problems(fine));
        assertEquals(List.of("redeemValue"), PointsMath.problems(thousandths));
    }

    /** A lot under the default rule, 100 points = 5 €. */
    private static PointsMath.Lot lot(long id, int remaining, LocalDate expiresOn) {
        return lot(id, remaining, expiresOn, 100, "5.00");
    }

    private static PointsMath.Lot lot(long id, int remaining, LocalDate expiresOn, int valuePoints, String valueEuros) {
        return new PointsMath.Lot(id, remaining, expiresOn, valuePoints, new BigDecimal(valueEuros));
    }
}
