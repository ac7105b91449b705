/** The owner's settings: shop name (printed on cards and coupons) and the stored rules of other features. */
package de.stammkunde.service.settings;
