/**
 * Loyalty points: the owner's rules (points per euro, redemption value, minimum, expiry, tiers),
 * the ledger's rows and the balance derived from them. No JavaFX, no SQL.
 */
package de.stammkunde.domain.loyalty;
