package de.stammkunde.service.coupons;

import de.stammkunde.data.Database;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A database with the coupon services, customers and purchase rows written the way the sale would. */
final class CouponFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 11, 0);
    static final Workplace WORKPLACE = new Workplace("anna", "KASSE-1");

    final Database db;
    final CouponService coupons;
    final CustomerService customers;
    final CampaignService campaigns;

    private static final List<CouponFixture> OPEN = new java.util.ArrayList<>();

    /** One fixture per test database (H2, and PostgreSQL when configured); closed by {@link #closeAll}. */
    static java.util.stream.Stream<CouponFixture> all() {
        List<CouponFixture> fixtures = de.stammkunde.data.TestDatabases.all().stream().map(CouponFixture::new).toList();
        OPEN.addAll(fixtures);
        return fixtures.stream();
    }

    static void closeAll() {
        OPEN.forEach(CouponFixture::close);
        OPEN.clear();
    }

    CouponFixture(Database db) {
        this.db = db;
        this.coupons = new CouponService(db.jdbi(), CLOCK, WORKPLACE);
        this.customers = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of(coupons));
        this.campaigns = new CampaignService(db.jdbi(), CLOCK, WORKPLACE, customers);
    }

    long customer(String lastName) {
        return customers.create(CustomerDetails.builder().lastName(lastName).build()).id();
    }

    Customer customer(CustomerDetails details) {
        return customers.create(details);
    }

    static CampaignDraft draft(Offer offer, LocalDate from, LocalDate to, String minPurchase) {
        return new CampaignDraft("Herbst", offer, new BigDecimal(minPurchase), from, to, CodeMode.PERSONAL, null, "");
    }

    static CampaignDraft shared(Offer offer, Integer limit) {
        return new CampaignDraft("Alle", offer, BigDecimal.ZERO, TODAY.minusDays(1), TODAY.plusDays(10),
                CodeMode.SHARED, limit, "");
    }

    /** A personal 10 % code for the customer, valid around today. */
    String personalCode(long customerId) {
        return personalCode(customerId, draft(Offer.percent("10"), TODAY.minusDays(5), TODAY.plusDays(5), "0"));
    }

    String personalCode(long customerId, CampaignDraft draft) {
        Campaign c = campaigns.create(draft, Audience.of(List.of(customerId), "one"), Progress.NONE);
        return campaigns.coupons(c.id()).get(0).code();
    }

    String sharedCode(Integer limit) {
        Campaign c = campaigns.create(shared(Offer.amount("5"), limit), Audience.of(List.of(), ""), Progress.NONE);
        return campaigns.coupons(c.id()).get(0).code();
    }

    long refund(long purchaseId) {
        return db.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO purchase (customer_id, kind, purchased_at, total, paid, refund_of_id, created_at)
                SELECT customer_id, 'REFUND', :at, -total, -paid, id, :at FROM purchase WHERE id = :id""")
                .bind("id", purchaseId).bind("at", NOW).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Records a sale of {@code total} that redeems the code, in one transaction like the counter. */
    long sale(long customerId, String code, String total) {
        return db.jdbi().inTransaction(h -> {
            long purchaseId = purchase(h, customerId, total);
            var check = coupons.redeem(h, code, customerId, purchaseId, new BigDecimal(total), NOW);
            h.execute("UPDATE purchase SET coupon_id = ? WHERE id = ?", check.couponId(), purchaseId);
            return purchaseId;
        });
    }

    static long purchase(org.jdbi.v3.core.Handle h, long customerId, String total) {
        return h.createUpdate("""
                INSERT INTO purchase (customer_id, kind, purchased_at, receipt_number, total, paid, created_at)
                VALUES (:c, 'SALE', :at, 'B-77', :t, :t, :at)""")
                .bind("c", customerId).bind("at", NOW).bind("t", new BigDecimal(total))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    int usedCount(String code) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT used_count FROM coupon WHERE code = :c")
                .bind("c", code).mapTo(Integer.class).one());
    }

    @Override
    public String toString() {
        return de.stammkunde.data.TestDatabases.name(db);
    }

    @Override
    public void close() {
        db.close();
    }
}
