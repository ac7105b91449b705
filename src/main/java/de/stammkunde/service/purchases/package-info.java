/** Purchases: a sale with coupon and points in one transaction, refunds, history per customer. */
package de.stammkunde.service.purchases;
