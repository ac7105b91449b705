/** Managing customers: create, edit, archive, find duplicates, merge, and the in-memory search index. */
package de.stammkunde.service.customers;
