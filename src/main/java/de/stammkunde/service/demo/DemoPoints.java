package de.stammkunde.service.demo;

import de.stammkunde.data.demo.DemoRowsDao;
import de.stammkunde.data.demo.DemoRowsDao.PointsRow;
import de.stammkunde.domain.loyalty.PointsMath;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Points for demo purchases as the counter would have booked them under the current rules (each lot worth
 * their redemption value): each
 * purchase earns on what was paid; now and then a customer with enough points redeems some, which
 * uses up the oldest earnings first, noting which lots it used so that a refund gives the points back into
 * them. Collects the ledger rows, the uses and the final balances.
 */
final class DemoPoints {

    private final PointsRules rules;
    private final DemoPurchases random;
    private final List<PointsRow> rows = new ArrayList<>();
    private final List<Integer> purchaseIndexOfRow = new ArrayList<>();
    private final Deque<int[]> lots = new ArrayDeque<>();
    /** Per use of a lot by a redemption: the redemption's row index, the lot's row index, the points. */
    private final List<int[]> uses = new ArrayList<>();
    private final List<Long> accountCustomers = new ArrayList<>();
    private final List<Integer> accountBalances = new ArrayList<>();
    private int purchases;
    private int balance;

    DemoPoints(PointsRules rules, DemoPurchases random) {
        this.rules = rules;
        this.random = random;
    }

    /** The purchase as booked; its ledger rows are kept until {@link #ledger} learns the purchase ids. */
    Purchase book(long customerId, DemoPurchases.Sale sale) {
        int redeem = 0;
        BigDecimal discount = Money.ZERO;
        int step = Math.max(rules.minimumRedeem(), rules.redeemPoints());
        if (balance >= 2 * step && random.chance(25)) {
            redeem = Math.min(balance, sale.total().multiply(BigDecimal.valueOf(rules.redeemPoints()))
                    .divide(rules.redeemValue(), 0, RoundingMode.FLOOR).intValue()) / step * step;
            discount = PointsMath.value(redeem, rules); // every lot here was booked under these rules
        }
        BigDecimal paid = sale.total().subtract(discount);
        int earned = paid.multiply(rules.pointsPerEuro()).setScale(0, RoundingMode.FLOOR).intValue();
        int index = purchases++;
        if (redeem > 0) {
            useOldest(redeem, rows.size());
            add(new PointsRow(customerId, "REDEEM", -redeem, 0, null, null, "", sale.at(), rules.redeemPoints(),
                    rules.redeemValue()), index);
        }
        if (earned > 0) {
            lots.add(new int[] {rows.size(), earned});
            add(new PointsRow(customerId, "EARN", earned, earned, PointsMath.expiresOn(sale.at(), rules), null, "", sale.at(),
                    rules.redeemPoints(), rules.redeemValue()), index);
        }
        balance += earned - redeem;
        return new Purchase(0, customerId, PurchaseKind.SALE, sale.at(), sale.receipt(), sale.total(),
                Money.ZERO, discount, paid, sale.payment(), earned, redeem, null, "", "", null, null, "",
                PurchaseSource.DEMO, "demo", sale.items());
    }

    private void useOldest(int points, int redeemRow) {
        int left = points;
        while (left > 0 && !lots.isEmpty()) {
            int[] lot = lots.peekFirst();
            int used = Math.min(left, lot[1]);
            lot[1] -= used;
            left -= used;
            uses.add(new int[] {redeemRow, lot[0], used});
            PointsRow row = rows.get(lot[0]);
            rows.set(lot[0], new PointsRow(row.customerId(), row.kind(), row.points(), lot[1], row.expiresOn(), null,
                    row.reason(), row.createdAt(), row.valuePoints(), row.valueEuros()));
            if (lot[1] == 0) {
                lots.removeFirst();
            }
        }
    }

    private void add(PointsRow row, int purchaseIndex) {
        rows.add(row);
        purchaseIndexOfRow.add(purchaseIndex);
    }

    /** The customer's history is complete: remember their balance, start the next one from zero. */
    void closeCustomer(long customerId) {
        if (balance > 0 || !lots.isEmpty()) {
            accountCustomers.add(customerId);
            accountBalances.add(balance);
        }
        balance = 0;
        lots.clear();
    }

    /** The ledger rows with the ids the purchases got on insert. */
    List<PointsRow> ledger(long[] purchaseIds) {
        List<PointsRow> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PointsRow r = rows.get(i);
            result.add(new PointsRow(r.customerId(), r.kind(), r.points(), r.remaining(), r.expiresOn(),
                    purchaseIds[purchaseIndexOfRow.get(i)], r.reason(), r.createdAt(), r.valuePoints(),
                    r.valueEuros()));
        }
        return result;
    }

    /** Writes which lots each redemption used, given the ids the ledger rows got on insert. */
    void insertUses(DemoRowsDao dao, long[] ledgerIds) {
        List<Long> redeemIds = new ArrayList<>(uses.size());
        List<Long> lotIds = new ArrayList<>(uses.size());
        List<Integer> points = new ArrayList<>(uses.size());
        for (int[] use : uses) {
            redeemIds.add(ledgerIds[use[0]]);
            lotIds.add(ledgerIds[use[1]]);
            points.add(use[2]);
        }
        dao.insertUses(redeemIds, lotIds, points);
    }

    List<Long> accountCustomers() {
        return accountCustomers;
    }

    List<Integer> accountBalances() {
        return accountBalances;
    }
}
