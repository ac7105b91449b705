package de.stammkunde.service.coupons;

import static de.stammkunde.service.coupons.CouponFixture.NOW;
import static de.stammkunde.service.coupons.CouponFixture.TODAY;
import static de.stammkunde.service.coupons.CouponFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.coupons.CouponCodes;
import de.stammkunde.domain.coupons.CouponOutcome;
import de.stammkunde.domain.coupons.CustomerCoupon;
import de.stammkunde.domain.coupons.Offer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer the counter can give to a code, on each test database. */
class CouponServiceTest {

    static java.util.stream.Stream<CouponFixture> databases() {
        return CouponFixture.all();
    }

    @AfterAll
    static void close() {
        CouponFixture.closeAll();
    }

    private static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void validCodeGivesTheDiscountOnTheTotal(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);

        CouponCheck check = f.coupons.check(CouponCodes.format(code).toLowerCase(), anna, euro("45.00"));

        assertEquals(CouponOutcome.VALID, check.outcome());
        assertEquals(euro("4.50"), check.discount());
        assertEquals(code, check.code());
    }

    private static long kindCount(String code, char c) {
        return code.chars().filter(x -> Character.isDigit(x) == Character.isDigit(c)).count();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void codeWithAWrongCharacterIsMistypedWithoutLookup(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);
        // A digit stays a digit and a letter a letter, so the typo keeps the shape of a code whatever
        // the random code is; likewise the dropped character is one whose kind occurs twice.
        char c = code.charAt(3);
        char other = Character.isDigit(c) ? (c == '2' ? '3' : '2') : (c == 'A' ? 'B' : 'A');
        String typo = code.substring(0, 3) + other + code.substring(4);
        int drop = 0;
        while (kindCount(code, code.charAt(drop)) < 2) {
            drop++;
        }
        String shorter = code.substring(0, drop) + code.substring(drop + 1);

        assertEquals(CouponOutcome.MISTYPED, f.coupons.check(typo, anna, null).outcome());
        assertEquals(CouponOutcome.MISTYPED, f.coupons.check(shorter, anna, null).outcome());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wellFormedCodeNobodyIssuedIsUnknown(CouponFixture f) {
        String neverIssued = CouponCodes.generate(new java.util.Random(5));

        assertEquals(CouponOutcome.UNKNOWN, f.coupons.check(neverIssued, null, null).outcome());
        assertEquals(CouponOutcome.UNKNOWN, f.coupons.check("hello", null, null).outcome());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void codeBeforeItsCampaignStartsIsNotYetValid(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna, draft(Offer.percent("10"), TODAY.plusDays(1), TODAY.plusDays(9), "0"));

        CouponCheck check = f.coupons.check(code, anna, null);

        assertEquals(CouponOutcome.NOT_YET_VALID, check.outcome());
        assertEquals(TODAY.plusDays(1), check.validFrom());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void codeAfterItsCampaignEndedIsExpired(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna, draft(Offer.percent("10"), TODAY.minusDays(9), TODAY.minusDays(1), "0"));

        assertEquals(CouponOutcome.EXPIRED, f.coupons.check(code, anna, null).outcome());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void personalCodeOfAnotherCustomerIsRefused(CouponFixture f) {
        long anna = f.customer("Müller");
        long bert = f.customer("Berg");
        String code = f.personalCode(anna);

        CouponCheck check = f.coupons.check(code, bert, null);

        assertEquals(CouponOutcome.OTHER_CUSTOMER, check.outcome());
        assertEquals(anna, check.ownerCustomerId());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void usedPersonalCodeSaysWhenWhereAndOnWhichReceipt(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);
        f.sale(anna, code, "20.00");

        CouponCheck check = f.coupons.check(code, anna, euro("20.00"));

        assertEquals(CouponOutcome.ALREADY_USED, check.outcome());
        assertEquals(NOW, check.usedAt());
        assertEquals("KASSE-1", check.usedWhere());
        assertEquals("B-77", check.usedReceipt());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sharedCodeIsRefusedOnceItsLimitIsReached(CouponFixture f) {
        long anna = f.customer("Müller");
        long bert = f.customer("Berg");
        String code = f.sharedCode(2);
        f.sale(anna, code, "20.00");
        f.sale(bert, code, "20.00");

        assertEquals(CouponOutcome.LIMIT_REACHED, f.coupons.check(code, anna, null).outcome());
        assertEquals(2, f.usedCount(code));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sharedCodeWithoutLimitCanBeUsedAgainAndAgain(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.sharedCode(null);
        f.sale(anna, code, "20.00");
        f.sale(anna, code, "20.00");

        assertEquals(CouponOutcome.VALID, f.coupons.check(code, anna, euro("3.00")).outcome());
        assertEquals(euro("3.00"), f.coupons.check(code, anna, euro("3.00")).discount(), "capped at the total");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void purchaseBelowTheMinimumIsRefusedButCheckingWithoutAmountIsNot(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna, draft(Offer.amount("5"), TODAY, TODAY, "25"));

        CouponCheck below = f.coupons.check(code, anna, euro("24.99"));

        assertEquals(CouponOutcome.MINIMUM_NOT_REACHED, below.outcome());
        assertEquals(0, euro("25").compareTo(below.minPurchase()));
        assertEquals(CouponOutcome.VALID, f.coupons.check(code, anna, null).outcome());
        assertEquals(euro("5.00"), f.coupons.check(code, anna, euro("25.00")).discount());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void redeemingAnUsedCodeIsRefusedAndBooksNothing(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);
        f.sale(anna, code, "20.00");

        CouponRefusedException e = assertThrows(CouponRefusedException.class, () -> f.sale(anna, code, "20.00"));

        assertEquals(CouponOutcome.ALREADY_USED, e.check().outcome());
        assertEquals(1, f.usedCount(code));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refundFreesTheCouponWhileTheCampaignRuns(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);
        long sale = f.sale(anna, code, "20.00");
        long refund = f.refund(sale);

        var released = f.db.jdbi().inTransaction(h -> f.coupons.release(h, sale, refund, NOW));

        assertEquals(Optional.of(new CouponService.Released(code, true)), released, "the refund can say so");
        assertEquals(CouponOutcome.VALID, f.coupons.check(code, anna, null).outcome());
        assertEquals(0, f.usedCount(code));
        assertEquals(refund, f.db.jdbi().<Long, RuntimeException>withHandle(h -> h.createQuery(
                "SELECT released_by_refund FROM coupon_redemption WHERE purchase_id = :p").bind("p", sale)
                .mapTo(Long.class).one()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refundAfterTheCampaignEndedLeavesTheCouponUsed(CouponFixture f) {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna, draft(Offer.percent("10"), TODAY.minusDays(3), TODAY, "0"));
        long sale = f.sale(anna, code, "20.00");
        long refund = f.refund(sale);

        var released = f.db.jdbi().inTransaction(h -> f.coupons.release(h, sale, refund, NOW.plusDays(1)));

        assertEquals(Optional.of(new CouponService.Released(code, false)), released, "the refund can say so");
        assertEquals(1, f.usedCount(code));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void counterPanelListsOnlyUnusedPersonalCodesValidToday(CouponFixture f) {
        long anna = f.customer("Müller");
        String valid = f.personalCode(anna);
        String used = f.personalCode(anna);
        f.personalCode(anna, draft(Offer.percent("10"), TODAY.minusDays(9), TODAY.minusDays(1), "0"));
        f.personalCode(f.customer("Berg"));
        f.sale(anna, used, "20.00");

        List<CustomerCoupon> coupons = f.coupons.validCoupons(anna);

        assertEquals(List.of(valid), coupons.stream().map(CustomerCoupon::code).toList());
        assertEquals(Offer.percent("10").kind(), coupons.get(0).offer().kind());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mergeMovesCouponsAndRedemptionsToTheCustomerWhoStays(CouponFixture f) {
        long anna = f.customer("Müller");
        long twin = f.customer("Mueller");
        String code = f.personalCode(twin);
        String used = f.personalCode(twin);
        f.sale(twin, used, "10.00");

        f.customers.merge(anna, twin);

        assertEquals(CouponOutcome.VALID, f.coupons.check(code, anna, null).outcome());
        assertEquals(1, f.coupons.validCoupons(anna).size());
        assertEquals(anna, f.db.jdbi().<Long, RuntimeException>withHandle(h -> h.createQuery(
                "SELECT customer_id FROM coupon_redemption").mapTo(Long.class).one()));
    }
}
