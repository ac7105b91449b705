package de.stammkunde.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.ui.shell.FxAppFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Demo data: customers with purchase histories, points that add up, cards and campaigns with redeemed coupons. */
class DemoDataServiceTest {

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void demoCustomersHaveHistoriesWhosePointsAddUp() {
        Database db = TestDatabases.h2();
        try (AppContext app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                FxAppFixture.CLOCK)) {
            app.demoData().create(400, 3, 8, Progress.NONE);

            long purchases = count(db, "SELECT COUNT(*) FROM purchase");
            assertTrue(purchases > 400 * 5 && purchases < 400 * 12, "about 8 per customer: " + purchases);
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM points_account a
                    WHERE a.balance <> (SELECT COALESCE(SUM(points), 0) FROM points_entry e
                                        WHERE e.customer_id = a.customer_id)"""), "balances are the ledger sums");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM points_entry WHERE remaining > GREATEST(points, 0)"));
            assertTrue(count(db, "SELECT COUNT(*) FROM points_entry WHERE kind = 'REDEEM'") > 0);
            assertTrue(count(db, "SELECT COUNT(*) FROM customer_card") > 100);
            assertEquals(List.of("Geburtstag", "Herbstaktion"), db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT name FROM campaign ORDER BY id").mapTo(String.class).list()));
            assertTrue(count(db, "SELECT COUNT(*) FROM coupon_redemption") > 0);
            assertEquals(count(db, "SELECT COUNT(*) FROM coupon_redemption"),
                    count(db, "SELECT COUNT(*) FROM purchase WHERE coupon_id IS NOT NULL"));
        }
    }

    @Test
    void theSameSeedGivesTheSamePurchases() {
        List<String> first = purchasesOf(11);
        assertEquals(first, purchasesOf(11));
    }

    private static List<String> purchasesOf(long seed) {
        Database db = TestDatabases.h2();
        try (AppContext app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                FxAppFixture.CLOCK)) {
            app.demoData().create(50, seed, 4, Progress.NONE);
            return db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT customer_id || ' ' || purchased_at || ' ' || total FROM purchase
                    WHERE source = 'DEMO' ORDER BY id""").mapTo(String.class).list());
        }
    }
}
