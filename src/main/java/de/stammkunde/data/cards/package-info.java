/** Customer cards in the database: the card rows and the 'card' number range. */
package de.stammkunde.data.cards;
