package de.stammkunde.bench;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.coupons.CampaignCoupon;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.SaleDraft;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import de.stammkunde.service.counter.CounterService;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.service.printing.PrintableCoupon;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 3's figures on {@code customers} customers with about {@code perCustomer} purchases each
 * (default 100,000 and 20: 2,000,000 purchases): a scanned card to the fully loaded customer panel,
 * booking a sale with coupon and points, checking a coupon, making 10,000 codes and their PDF.
 */
final class CounterBenchmarks {

    private static final int SAMPLES = 1000;
    private static final int WARMUP = 200;
    private static final int CODES = 10_000;

    private final AppContext app;
    private final Random random = new Random(7);

    CounterBenchmarks(AppContext app) {
        this.app = app;
    }

    void run(int customers, double perCustomer, Path work) throws Exception {
        long start = System.nanoTime();
        app.demoData().create(customers, 1, perCustomer, Progress.NONE);
        double demo = (System.nanoTime() - start) / 1e9;
        long purchases = app.purchases().count();
        System.out.printf(Locale.ROOT, "counter.demo_data_s       ours=%.1f     (%,d customers, %,d purchases,"
                + " cards, points, campaigns)  INFO%n", demo, customers, purchases);

        List<String> cards = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT card_number FROM customer_card WHERE blocked_at IS NULL").mapTo(String.class).list());
        CounterService counter = app.counter();
        long[] scan = time(cards, number -> {
            CounterService.Resolution found = counter.resolve(number, null);
            counter.panel(((CounterService.Resolution.Found) found).customer());
        });
        report("counter.scan_panel", scan, "<=20ms p95", 20);

        List<Long> holders = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT customer_id FROM customer_card WHERE blocked_at IS NULL ORDER BY id FETCH FIRST :n ROWS ONLY")
                .bind("n", CODES).mapTo(Long.class).list());
        var campaigns = app.campaigns();
        long[] made = new long[1];
        double generate = seconds(() -> made[0] = campaigns.create(new CampaignDraft("Benchmark", Offer.amount("5"),
                BigDecimal.ZERO, campaigns.today(), campaigns.today().plusDays(30), CodeMode.PERSONAL, null, ""),
                Audience.of(holders, "benchmark"), Progress.NONE).id());
        System.out.printf(Locale.ROOT, "counter.codes_10k_s       ours=%-8.2f target <=3s               %s%n",
                generate, generate <= 3 ? "OK" : "MISSED");
        List<CampaignCoupon> coupons = campaigns.coupons(made[0]);

        long[] check = time(coupons, c -> app.coupons().check(c.code(), c.customerId(), new BigDecimal("30.00")));
        report("counter.coupon_check", check, "<=5ms p95", 5);

        List<CampaignCoupon> toRedeem = new ArrayList<>(coupons.subList(0, Math.min(coupons.size(), WARMUP + SAMPLES)));
        long[] sale = time(toRedeem, c -> {
            int points = app.loyalty().balance(c.customerId()).points() >= 100 ? 100 : 0;
            app.sales().record(new SaleDraft(c.customerId(), new BigDecimal("30.00"), List.of(), "BENCH",
                    PaymentMethod.CASH, null, c.code(), points));
        });
        report("counter.record_sale", sale, "<=15ms p95", 15);

        List<PrintableCoupon> printable = coupons.stream().map(c -> new PrintableCoupon("Bäckerei Sonnenschein",
                "Benchmark", "5,00 € Rabatt", "", "gültig bis 31.12.2026",
                c.firstName() + " " + c.lastName(), c.code()))
                .toList();
        Path pdf = work.resolve("coupons.pdf");
        double write = seconds(() -> new CouponDocuments().writePdf(printable, pdf, Progress.NONE));
        System.out.printf(Locale.ROOT, "counter.coupons_pdf_s     ours=%-8.2f target <=20s (%d coupons, %d MB) %s%n",
                write, printable.size(), Files.size(pdf) / 1_000_000, write <= 20 ? "OK" : "MISSED");
    }

    private interface Step<T> {
        void run(T item) throws Exception;
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double seconds(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** WARMUP untimed, then SAMPLES timed calls on items picked at random (each item once at most). */
    private <T> long[] time(List<T> items, Step<T> step) throws Exception {
        List<T> shuffled = new ArrayList<>(items);
        java.util.Collections.shuffle(shuffled, random);
        int warm = Math.min(WARMUP, shuffled.size() / 5);
        for (T item : shuffled.subList(0, warm)) {
            step.run(item);
        }
        List<T> measured = shuffled.subList(warm, Math.min(shuffled.size(), warm + SAMPLES));
        long[] nanos = new long[measured.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            step.run(measured.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] sorted, String target, double limitMs) {
        double p50 = sorted[(int) Math.floor(0.5 * (sorted.length - 1))] / 1e6;
        double p95 = sorted[(int) Math.floor(0.95 * (sorted.length - 1))] / 1e6;
        System.out.printf(Locale.ROOT, "%-26s p50=%-7.2f p95=%-7.2f target %-18s %s%n", name + "_ms", p50, p95,
                target, p95 <= limitMs ? "OK" : "MISSED");
    }
}
