package de.stammkunde.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Demo data: customers with purchase histories, points that add up, cards and campaigns with redeemed coupons. */
class DemoDataServiceTest {

    private static long count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Demo data written into a new database; {@code check} reads it while the database is open. */
    private static <T> T withDemoData(int customers, long seed, double purchasesPerCustomer,
            Function<Database, T> check) {
        return withDemoData(Locale.GERMAN, customers, seed, purchasesPerCustomer, check);
    }

    private static <T> T withDemoData(Locale locale, int customers, long seed, double purchasesPerCustomer,
            Function<Database, T> check) {
        Database db = TestDatabases.h2();
        try (AppContext app = new AppContext(Path.of("unused"), db, new Messages(locale), FxAppFixture.CLOCK)) {
            app.demoData().create(customers, seed, purchasesPerCustomer, Progress.NONE);
            return check.apply(db);
        }
    }

    @Test
    void demoCustomersHaveHistoriesWhosePointsAddUp() {
        withDemoData(400, 3, 8, db -> {
            long purchases = count(db, "SELECT COUNT(*) FROM purchase");
            assertTrue(purchases > 400 * 5 && purchases < 400 * 12, "about 8 per customer: " + purchases);
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM points_account a
                    WHERE a.balance <> (SELECT COALESCE(SUM(points), 0) FROM points_entry e
                                        WHERE e.customer_id = a.customer_id)"""), "balances are the ledger sums");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM points_entry WHERE remaining > GREATEST(points, 0)"));
            assertTrue(count(db, "SELECT COUNT(*) FROM points_entry WHERE kind = 'REDEEM'") > 0);
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM points_entry r
                    WHERE r.kind = 'REDEEM' AND -r.points <> (SELECT COALESCE(SUM(u.points), 0) FROM points_use u
                        JOIN points_entry l ON l.id = u.lot_id AND l.customer_id = r.customer_id AND l.kind = 'EARN'
                        WHERE u.redeem_id = r.id)"""),
                    "every redemption notes the customer's lots it used, so a refund gives the points back into them");
            assertTrue(count(db, "SELECT COUNT(*) FROM customer_card") > 100);
            assertEquals(List.of("Geburtstag", "Herbstaktion"), db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT name FROM campaign ORDER BY id").mapTo(String.class).list()));
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM purchase a JOIN purchase b ON a.customer_id = b.customer_id
                    WHERE a.source = 'DEMO' AND b.source = 'DEMO' AND a.purchased_at < b.purchased_at
                      AND CAST(SUBSTRING(a.receipt_number, 2) AS BIGINT)
                        > CAST(SUBSTRING(b.receipt_number, 2) AS BIGINT)"""),
                    "a customer's receipt numbers go up with time");
            assertTrue(count(db, "SELECT COUNT(*) FROM coupon_redemption") > 0);
            assertEquals(count(db, "SELECT COUNT(*) FROM coupon_redemption"),
                    count(db, "SELECT COUNT(*) FROM purchase WHERE coupon_id IS NOT NULL"));
            if (count(db, "SELECT COUNT(*) FROM coupon_redemption") > 1) {
                assertTrue(count(db, "SELECT COUNT(DISTINCT CAST(redeemed_at AS DATE)) FROM coupon_redemption") > 1,
                        "coupons used on the days the campaign ran, not all at the moment the demo was made");
            }
            return null;
        });
    }

    @Test
    void theDemoCampaignsSpeakTheUsersLanguage() {
        List<String> campaigns = withDemoData(Locale.UK, 400, 3, 8, db -> db.jdbi().withHandle(h -> h.createQuery(
                "SELECT name || ' / ' || target_description || ' / ' || target_kind || ' ' || target_count"
                + " FROM campaign ORDER BY id").mapTo(String.class).list()));

        assertEquals(List.of("Birthday / Birthday within 14 days / BIRTHDAY 14",
                "Autumn offer / one in 50 card holders / CARD_SAMPLE 50"), campaigns);
    }

    @Test
    void aDemoCustomersStatusFitsTheirPurchases() {
        withDemoData(300, 5, 8, db -> {
            String lastPurchase = "(SELECT MAX(p.purchased_at) FROM purchase p WHERE p.customer_id = c.id)";

            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer c WHERE status = 'POTENTIAL' AND "
                    + lastPurchase + " IS NOT NULL"), "a prospect has bought nothing");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer c WHERE status = 'LOST' AND "
                    + lastPurchase + " > TIMESTAMP '2026-06-01 00:00:00'"), "a lost customer has not bought for months");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer c WHERE status = 'ACTIVE' AND COALESCE("
                    + lastPurchase + ", TIMESTAMP '2000-01-01 00:00:00') < TIMESTAMP '2026-08-01 00:00:00'"),
                    "an active customer bought in the last months");
            for (String status : List.of("ACTIVE", "POTENTIAL", "LOST")) {
                assertTrue(count(db, "SELECT COUNT(*) FROM customer WHERE status = '" + status + "'") > 10, status);
            }
            return null;
        });
    }

    @Test
    void theSameSeedGivesTheSamePurchases() {
        List<String> first = purchasesOf(11);
        assertEquals(first, purchasesOf(11));
    }

    private static List<String> purchasesOf(long seed) {
        return withDemoData(50, seed, 4, db -> db.jdbi().withHandle(h -> h.createQuery("""
                SELECT customer_id || ' ' || purchased_at || ' ' || total FROM purchase
                WHERE source = 'DEMO' ORDER BY id""").mapTo(String.class).list()));
    }

    @Test
    void aFewCustomersWithoutABirthdaySoonGetNoBirthdayCampaign() {
        withDemoData(1, 1, 8, db -> {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM customer"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM campaign WHERE name = 'Geburtstag'"));
            return null;
        });
    }

    @Test
    void demoDataCancelledAfterTheFirstBatchLeavesNothing() {
        Database db = TestDatabases.h2();
        try (AppContext app = new AppContext(Path.of("unused"), db, new Messages(Locale.GERMAN),
                FxAppFixture.CLOCK)) {
            Progress cancelAfterFirstBatch = new Progress() {
                private long done;

                @Override
                public void update(long done, long total) {
                    this.done = done;
                }

                @Override
                public boolean isCancelled() {
                    return done > 0;
                }
            };

            assertThrows(CancellationException.class,
                    () -> app.demoData().create(DemoDataService.BATCH + 1, 1, 1, cancelAfterFirstBatch));

            assertEquals(0, count(db, "SELECT COUNT(*) FROM customer"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM purchase"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM points_entry"));
        }
    }
}
