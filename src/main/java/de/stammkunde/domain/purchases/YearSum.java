package de.stammkunde.domain.purchases;

import java.math.BigDecimal;

/**
 * A customer's purchases in one calendar year: how many, goods total and what was paid (refunds netted
 * in the year of the sale they take back).
 */
public record YearSum(int year, int purchases, BigDecimal total, BigDecimal paid) {
}
