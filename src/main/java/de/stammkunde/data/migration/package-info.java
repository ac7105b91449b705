/**
 * Schema migrations that plain SQL cannot express portably; the SQL ones are in
 * {@code db/migration} on the class path, and Flyway runs both in version order.
 */
package de.stammkunde.data.migration;
