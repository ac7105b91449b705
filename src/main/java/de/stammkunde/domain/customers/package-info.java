/**
 * Customers as the shop knows them: master data records, the rules a valid customer follows,
 * the normalised keys used for search and duplicate detection, and list queries. No JavaFX, no SQL.
 */
package de.stammkunde.domain.customers;
