/** The counter's one input field and the customer panel: what a scanned or typed text leads to, and everything shown at a glance. */
package de.stammkunde.service.counter;
