/** The customer card dialog: the active card with its barcode, earlier cards, issue, lost card, print and save. */
package de.stammkunde.ui.cards;
