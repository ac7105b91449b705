/** Coupon campaigns: making codes for customers, checking and redeeming them, freeing them on refund, statistics. */
package de.stammkunde.service.coupons;
