package de.stammkunde.service.coupons;

import static de.stammkunde.service.coupons.CouponFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.coupons.CouponOutcome;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two counters redeem the same single-use code at the same moment: exactly one of them gets it. */
class ConcurrentRedemptionTest {

    static java.util.stream.Stream<CouponFixture> databases() {
        return CouponFixture.all();
    }

    @AfterAll
    static void close() {
        CouponFixture.closeAll();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void secondCounterIsRefusedWhileTheFirstOneCommits(CouponFixture f) throws Exception {
        long anna = f.customer("Müller");
        String code = f.personalCode(anna);
        CountDownLatch firstRedeemed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        AtomicReference<Thread> secondThread = new AtomicReference<>();

        // Counter 1 redeems and holds its transaction open until counter 2 has checked the code (still
        // unused for it) and is waiting for the row counter 1 changed.
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> attempt(() ->
                f.db.jdbi().useTransaction(h -> {
                    long purchase = CouponFixture.purchase(h, anna, "20.00");
                    f.coupons.redeem(h, code, anna, purchase, new BigDecimal("20.00"), NOW);
                    firstRedeemed.countDown();
                    await(secondStarted);
                    waitUntilBlocked(secondThread.get());
                })));
        await(firstRedeemed);
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> attempt(() ->
                f.db.jdbi().useTransaction(h -> {
                    secondThread.set(Thread.currentThread());
                    long purchase = CouponFixture.purchase(h, anna, "20.00");
                    secondStarted.countDown();
                    f.coupons.redeem(h, code, anna, purchase, new BigDecimal("20.00"), NOW);
                })));

        Throwable firstResult = first.get(30, TimeUnit.SECONDS);
        Throwable secondResult = second.get(30, TimeUnit.SECONDS);

        assertNull(firstResult);
        CouponRefusedException refused = assertInstanceOf(CouponRefusedException.class, secondResult);
        assertEquals(CouponOutcome.ALREADY_USED, refused.check().outcome());
        assertEquals(1, f.usedCount(code));
        assertEquals(1, f.db.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("SELECT COUNT(*) FROM coupon_redemption")
                .mapTo(Integer.class).one()));
    }

    private static Throwable attempt(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the other thread waits (for a row lock) or has finished; no fixed sleep. */
    private static void waitUntilBlocked(Thread other) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Thread.State state = other.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED
                    || state == Thread.State.TERMINATED) {
                return;
            }
            Thread.onSpinWait();
        }
    }
}
