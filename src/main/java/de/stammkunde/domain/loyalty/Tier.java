package de.stammkunde.domain.loyalty;

import java.math.BigDecimal;

/** A customer-club level reached by spending at least {@code minYearlySpend} in the last 12 months. */
public record Tier(String name, BigDecimal minYearlySpend, BigDecimal multiplier) {
}
