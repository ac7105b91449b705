/** Cards and coupons on paper and as files: barcodes and QR codes, credit-card-size PDF and PNG, campaign sheets. */
package de.stammkunde.service.printing;
