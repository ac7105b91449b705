/** Purchases, their line items and refunds in the database. */
package de.stammkunde.data.purchases;
