/** The user's language: resource bundles de/en and locale-aware formats for euro amounts and dates. */
package de.stammkunde.i18n;
