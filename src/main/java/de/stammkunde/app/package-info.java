/** Start-up: the composition root, the data folder and the single-instance database lock. */
package de.stammkunde.app;
