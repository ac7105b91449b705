/** The coupons screen: campaigns with their statistics, the new-campaign and birthday forms, coupon PDFs. */
package de.stammkunde.ui.coupons;
