package de.stammkunde.ui.purchases;

import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.i18n.Formats;

/** How a purchase reads wherever it is listed: the history table and the counter's last purchases. */
public final class PurchaseTexts {

    private PurchaseTexts() {
    }

    /**
     * What it did to the points: "+23" earned, "+3 / -1.000" also redeemed, a refund the reverse; "" for
     * nothing. Grouped the locale's way, as the balance is.
     */
    public static String points(Purchase p, Formats formats) {
        StringBuilder text = new StringBuilder();
        if (p.pointsEarned() != 0) {
            text.append(formats.signed(p.pointsEarned()));
        }
        if (p.pointsRedeemed() != 0) {
            text.append(text.length() > 0 ? " / " : "").append(formats.signed(-p.pointsRedeemed()));
        }
        return text.toString();
    }
}
