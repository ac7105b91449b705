/** Customers, their tags and consents in the database. */
package de.stammkunde.data.customers;
