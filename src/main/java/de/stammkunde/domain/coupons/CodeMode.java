package de.stammkunde.domain.coupons;

/** One single-use code per customer, or one code for everybody with a redemption limit. */
public enum CodeMode {
    PERSONAL, SHARED
}
