/**
 * The database: the connection pool, Flyway migrations and one Jdbi SqlObject DAO per aggregate,
 * in feature packages. SQL here runs unchanged on H2 (one counter) and PostgreSQL (several).
 */
package de.stammkunde.data;
