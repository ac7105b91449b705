/** Campaigns, coupon codes and their redemptions in the database (Jdbi SqlObject DAOs). */
package de.stammkunde.data.coupons;
