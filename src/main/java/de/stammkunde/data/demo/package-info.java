/** Bulk inserts for demo data: ledger rows, point accounts and cards for many customers at once. */
package de.stammkunde.data.demo;
