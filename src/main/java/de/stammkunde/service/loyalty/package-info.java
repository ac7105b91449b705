/** Loyalty points: the owner's rules, the ledger (earn, redeem, expire, reverse, correct) and balances. */
package de.stammkunde.service.loyalty;
