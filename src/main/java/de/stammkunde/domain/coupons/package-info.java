/**
 * Coupon campaigns and codes: what a coupon gives, its code with check character, and every
 * outcome of checking a code at the counter. No JavaFX, no SQL.
 */
package de.stammkunde.domain.coupons;
