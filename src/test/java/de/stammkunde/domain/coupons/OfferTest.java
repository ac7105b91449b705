package de.stammkunde.domain.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OfferTest {

    @Test
    void percentOffIsRoundedHalfUpToTheCent() {
        assertEquals(new BigDecimal("1.25"), Offer.percent("10").discountOn(new BigDecimal("12.45")));
        assertEquals(new BigDecimal("4.50"), Offer.percent("10").discountOn(new BigDecimal("45.00")));
        assertEquals(new BigDecimal("0.38"), Offer.percent("7.5").discountOn(new BigDecimal("5.00")));
    }

    @Test
    void fixedAmountIsCappedAtTheTotal() {
        assertEquals(new BigDecimal("5.00"), Offer.amount("5").discountOn(new BigDecimal("20.00")));
        assertEquals(new BigDecimal("3.20"), Offer.amount("5").discountOn(new BigDecimal("3.20")));
    }

    @Test
    void freeItemGivesNoDiscountButKeepsItsText() {
        Offer coffee = Offer.freeItem(" a coffee ");
        assertEquals(new BigDecimal("0.00"), coffee.discountOn(new BigDecimal("20.00")));
        assertEquals("a coffee", coffee.freeItem());
    }
}
