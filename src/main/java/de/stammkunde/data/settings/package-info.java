/** The owner's settings as key/value rows. */
package de.stammkunde.data.settings;
