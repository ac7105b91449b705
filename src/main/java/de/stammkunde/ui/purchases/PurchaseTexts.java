package de.stammkunde.ui.purchases;

import de.stammkunde.domain.purchases.Purchase;
import java.util.Locale;

/** How a purchase reads wherever it is listed: the history table and the counter's last purchases. */
public final class PurchaseTexts {

    private PurchaseTexts() {
    }

    /** What it did to the points: "+23" earned, "+3 / -100" also redeemed, a refund the reverse; "" for nothing. */
    public static String points(Purchase p) {
        StringBuilder text = new StringBuilder();
        if (p.pointsEarned() != 0) {
            text.append(String.format(Locale.ROOT, "%+d", p.pointsEarned()));
        }
        if (p.pointsRedeemed() != 0) {
            text.append(text.length() > 0 ? " / " : "").append(String.format(Locale.ROOT, "%+d", -p.pointsRedeemed()));
        }
        return text.toString();
    }
}
