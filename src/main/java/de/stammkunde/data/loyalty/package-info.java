/** The points ledger and the per-customer points account in the database. */
package de.stammkunde.data.loyalty;
