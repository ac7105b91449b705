/** The counter: one field for a scanned number or a name, and the customer at a glance. */
package de.stammkunde.ui.counter;
