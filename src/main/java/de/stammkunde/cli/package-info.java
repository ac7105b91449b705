/** The command-line commands of the same distribution: demo data, export and import. */
package de.stammkunde.cli;
