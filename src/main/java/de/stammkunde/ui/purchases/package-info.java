/** A customer's purchase history: the timeline with sums per year, line items and refunds. */
package de.stammkunde.ui.purchases;
