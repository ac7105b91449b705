/** One customer's points ledger with its balance and the manual correction form. */
package de.stammkunde.ui.loyalty;
