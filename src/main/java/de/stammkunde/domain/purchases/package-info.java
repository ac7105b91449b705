/**
 * Purchases and refunds as the counter records them: the sale being entered, line items, money
 * rounding, payment methods. No JavaFX, no SQL.
 */
package de.stammkunde.domain.purchases;
