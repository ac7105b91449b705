package de.stammkunde.domain.purchases;

import java.math.BigDecimal;

/** A customer's purchases in one calendar year: how many, goods total and what was paid (refunds netted). */
public record YearSum(int year, int purchases, BigDecimal total, BigDecimal paid) {
}
