package de.stammkunde.service;

/**
 * An exception that is an answer, not a fault: a coupon already used, too few points, a customer
 * changed at another counter. The user is told what to do; the log needs no stack trace for it.
 */
public interface Refusal {
}
