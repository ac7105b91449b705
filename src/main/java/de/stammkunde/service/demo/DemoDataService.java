package de.stammkunde.service.demo;

import de.stammkunde.data.BulkWrites;
import de.stammkunde.data.cards.CardDao;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.data.demo.DemoRowsDao;
import de.stammkunde.data.purchases.PurchaseDao;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CampaignTarget;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.coupons.TargetWords;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import de.stammkunde.service.purchases.SaleService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the database with realistic demo customers, in batches of {@value #BATCH} inside one
 * transaction, then reloads the search index once. Later features add their own demo rows here.
 */
public final class DemoDataService {

    static final int BATCH = 2000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private final LoyaltyService loyalty;
    private final CampaignService campaigns;
    private final SaleService sales;
    /** The campaigns' names in the user's language, as the campaigns the shop will make. */
    private final Messages messages;

    public DemoDataService(Jdbi jdbi, Clock clock, CustomerService customers, LoyaltyService loyalty,
            CampaignService campaigns, SaleService sales, Messages messages) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
        this.loyalty = loyalty;
        this.campaigns = campaigns;
        this.sales = sales;
        this.messages = messages;
    }

    /** How many purchases a demo customer has on average unless told otherwise. */
    public static final double DEFAULT_PURCHASES_PER_CUSTOMER = 8;

    /** Creates {@code count} customers with purchase histories of the default length. */
    public int createCustomers(int count, long seed, Progress progress) {
        return create(count, seed, DEFAULT_PURCHASES_PER_CUSTOMER, progress);
    }

    /**
     * Creates {@code count} customers, each with a purchase history (about {@code purchasesPerCustomer}
     * on average; 0 for none), points earned and sometimes redeemed on them. The same seed gives the
     * same data. Returns how many customers.
     */
    public int create(int count, long seed, double purchasesPerCustomer, Progress progress) {
        try (HeapHeadroom headroom = HeapHeadroom.open(); BulkWrites bulk = BulkWrites.open(jdbi)) {
            // One transaction around the batches and campaigns (they share its handle): a cancel, an
            // error or a Ctrl+C leaves the database as it was, never a part of the customers asked for.
            int done = jdbi.inTransaction(h -> write(count, seed, purchasesPerCustomer, progress));
            customers.loadIndex();
            return done;
        }
    }

    /** How many customers the database holds already (merged and archived ones too). */
    public int storedCustomers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Integer.class).one());
    }

    private int write(int count, long seed, double purchasesPerCustomer, Progress progress) {
        if (count < 0 || purchasesPerCustomer < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        DemoCustomers generator = new DemoCustomers(seed, today);
        DemoPurchases purchases = new DemoPurchases(seed, now, purchasesPerCustomer);
        PointsRules rules = loyalty.rules();
        int done = 0;
        while (done < count) {
            progress.checkCancelled();
            int size = Math.min(BATCH, count - done);
            List<CustomerDetails> details = generator.next(size);
            List<DemoPurchases.Profile> profiles = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                profiles.add(purchases.profile());
                if (purchasesPerCustomer > 0) {
                    // the status the customer's buying rhythm gives, not one drawn apart from it
                    details.set(i, details.get(i).toBuilder().status(profiles.get(i).status).build());
                }
            }
            jdbi.useTransaction(h -> {
                CustomerDao dao = h.attach(CustomerDao.class);
                List<String> numbers = dao.allocateNumbers(size);
                List<NewCustomer> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(new NewCustomer(numbers.get(i), details.get(i), false, now));
                }
                long[] ids = dao.insertAll(batch);
                bookHistories(h, ids, profiles, purchases, rules, now);
            });
            done += size;
            progress.update(done, count);
        }
        if (purchasesPerCustomer > 0 && done > 0) {
            createCampaigns(seed);
        }
        return done;
    }

    /**
     * Two campaigns as a shop would run them: a birthday coupon for the next two weeks' birthdays, and
     * a 5 € autumn coupon for one in fifty active card holders, half of whom have already used it at
     * the till. A handful of customers may have no birthday in the next two weeks, and a campaign
     * needs someone to send it to: then there is none.
     */
    private void createCampaigns(long seed) {
        LocalDate today = campaigns.today();
        if (!campaigns.birthdayCustomers(14).isEmpty()) {
            campaigns.createForBirthdays(new CampaignDraft(messages.get("demo.campaign.birthday"), Offer.percent("10"),
                    BigDecimal.ZERO, today, today.plusDays(30), CodeMode.PERSONAL, null, ""), 14,
                    new TargetWords(messages).of(new CampaignTarget.Birthdays(14), ""), Progress.NONE);
        }
        List<Long> holders = jdbi.withHandle(h -> h.createQuery(
                "SELECT k.customer_id FROM customer_card k JOIN customer c ON c.id = k.customer_id"
                + " WHERE MOD(k.id, 50) = :pick AND c.status = 'ACTIVE' ORDER BY k.id")
                .bind("pick", (int) Math.floorMod(seed, 50L)).mapTo(Long.class).list());
        if (holders.isEmpty()) {
            return;
        }
        CampaignTarget oneIn50 = new CampaignTarget.CardSample(50);
        Campaign autumn = campaigns.create(new CampaignDraft(messages.get("demo.campaign.autumn"), Offer.amount("5"),
                new BigDecimal("20"), today.minusDays(20), today.plusDays(40), CodeMode.PERSONAL, null, ""),
                Audience.of(holders, new TargetWords(messages).of(oneIn50, ""), oneIn50), Progress.NONE);
        List<CampaignCoupon> coupons = campaigns.coupons(autumn.id());
        for (int i = 0; i < coupons.size(); i += 2) {
            CampaignCoupon coupon = coupons.get(i);
            BigDecimal total = new BigDecimal(24 + (i % 17)).add(new BigDecimal("0.90"));
            // Used on the days the campaign has run so far, in opening hours, not all at this moment.
            LocalDateTime at = today.minusDays(1 + (i * 7L) % 19).atTime(9 + i % 9, (i * 13) % 60);
            sales.record(new SaleDraft(coupon.customerId(), total, List.of(), "H" + (1000 + i), PaymentMethod.GIROCARD,
                    at, coupon.code(), 0));
        }
    }

    /** Purchases, their points and cards for a batch of new customers, in the batch's transaction. */
    private static void bookHistories(Handle h, long[] customerIds, List<DemoPurchases.Profile> profiles,
            DemoPurchases generator, PointsRules rules, LocalDateTime now) {
        List<Purchase> sales = new ArrayList<>();
        DemoPoints points = new DemoPoints(rules, generator);
        List<Long> cardHolders = new ArrayList<>();
        List<LocalDateTime> cardIssued = new ArrayList<>();
        for (int c = 0; c < customerIds.length; c++) {
            long customerId = customerIds[c];
            DemoPurchases.Profile profile = profiles.get(c);
            List<DemoPurchases.Sale> history = generator.history(profile);
            for (DemoPurchases.Sale sale : history) {
                sales.add(points.book(customerId, sale));
            }
            points.closeCustomer(customerId);
            if (generator.chance(profile.cardPercent)) {
                cardHolders.add(customerId);
                cardIssued.add(history.isEmpty() ? now : history.get(0).at());
            }
        }
        long[] purchaseIds = h.attach(PurchaseDao.class).insertAllBooked(sales, now);
        DemoRowsDao rows = h.attach(DemoRowsDao.class);
        points.insertUses(rows, rows.insertPoints(points.ledger(purchaseIds)));
        rows.insertAccounts(points.accountCustomers(), points.accountBalances());
        if (!cardHolders.isEmpty()) {
            rows.insertCards(h.attach(CardDao.class).allocateNumbers(cardHolders.size()), cardHolders, cardIssued);
        }
    }
}
