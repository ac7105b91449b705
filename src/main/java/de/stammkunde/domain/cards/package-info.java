/** Customer cards: EAN-13 card numbers with their check digit, issued, blocked and replaced cards. No JavaFX, no SQL. */
package de.stammkunde.domain.cards;
