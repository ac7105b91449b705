package de.stammkunde.domain.loyalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules as settings rows ({@code points.perEuro}, …, tiers as {@code name|min|multiplier;…}): the service
 * reads and writes them so, and a migration reads the rule the points booked before it were worth.
 */
public final class PointsRulesCodec {

    /** What every key of the rules starts with. */
    public static final String PREFIX = "points.";

    private PointsRulesCodec() {
    }

    public static Map<String, String> encode(PointsRules rules) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PREFIX + "perEuro", rules.pointsPerEuro().toPlainString());
        values.put(PREFIX + "redeemPoints", Integer.toString(rules.redeemPoints()));
        values.put(PREFIX + "redeemValue", rules.redeemValue().toPlainString());
        values.put(PREFIX + "minimum", Integer.toString(rules.minimumRedeem()));
        values.put(PREFIX + "expiryMonths", Integer.toString(rules.expiryMonths()));
        List<String> tiers = new ArrayList<>();
        for (Tier tier : rules.tiers()) {
            tiers.add(tier.name().strip() + "|" + tier.minYearlySpend().toPlainString() + "|"
                    + tier.multiplier().toPlainString());
        }
        values.put(PREFIX + "tiers", String.join(";", tiers));
        return values;
    }

    public static PointsRules decode(Map<String, String> values) {
        PointsRules d = PointsRules.DEFAULT;
        try {
            List<Tier> tiers = new ArrayList<>();
            for (String tier : values.getOrDefault(PREFIX + "tiers", "").split(";")) {
                String[] parts = tier.split("\\|");
                if (parts.length == 3) {
                    tiers.add(new Tier(parts[0], new BigDecimal(parts[1]), new BigDecimal(parts[2])));
                }
            }
            PointsRules rules = new PointsRules(
                    decimal(values, "perEuro", d.pointsPerEuro()),
                    Integer.parseInt(values.getOrDefault(PREFIX + "redeemPoints", "" + d.redeemPoints())),
                    decimal(values, "redeemValue", d.redeemValue()),
                    Integer.parseInt(values.getOrDefault(PREFIX + "minimum", "" + d.minimumRedeem())),
                    Integer.parseInt(values.getOrDefault(PREFIX + "expiryMonths", "" + d.expiryMonths())),
                    tiers);
            // rules saved before their ranges were checked (or edited by hand) must not stop every sale;
            // tiers in a poor order (PointsMath.tierOrderProblems) still count: the owner's Settings say so
            return PointsMath.problems(rules).isEmpty() ? rules : d;
        } catch (NumberFormatException e) {
            // Only the service's saveRules writes these rows, after validation; a hand-edited database gets the
            // defaults.
            return d;
        }
    }

    private static BigDecimal decimal(Map<String, String> values, String key, BigDecimal fallback) {
        String value = values.get(PREFIX + key);
        return value == null ? fallback : new BigDecimal(value);
    }
}
