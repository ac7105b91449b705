/** The Settings screen: the shop's name and the owner's points rules and tiers. */
package de.stammkunde.ui.settings;
