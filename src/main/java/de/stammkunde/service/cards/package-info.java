/** Customer cards: issuing numbers, blocking and replacing lost cards, finding a customer by a scanned card. */
package de.stammkunde.service.cards;
