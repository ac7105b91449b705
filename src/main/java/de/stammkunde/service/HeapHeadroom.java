package de.stammkunde.service;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets the Java heap grow freely while bulk work runs: an import, an export, demo data. The app's
 * JVM options ({@code app.jvmOptions} in {@code pom.xml}) make the heap grow only a little at a time
 * and give memory back soon, which keeps the open app small; but then a job that keeps hundreds of
 * thousands of objects alive spends much of its time in full collections, one for every small
 * step the heap grows (docs/BENCHMARKS.md, "The app's own JVM options"). The two free-ratio flags
 * are "manageable": they can be changed while the JVM runs. Here they go up while the work runs,
 * and the old values come back when the last open headroom closes; the heap then shrinks at the
 * next full collection, all at once ({@code -XX:-ShrinkHeapInSteps}). Flags already set higher
 * stay as they are. Where the flags cannot be set (no {@code jdk.management}, not HotSpot), this
 * does nothing.
 */
public final class HeapHeadroom implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeapHeadroom.class.getName());
    static final String MIN = "MinHeapFreeRatio";
    static final String MAX = "MaxHeapFreeRatio";
    /**
     * Grow to keep 70 % free after a full collection, shrink only above 90 %: bulk work keeps H2's
     * pages of the running transaction and the rows being built alive for a while, so every full
     * collection finds most of the heap still in use. With the JVM's defaults (40 % / 70 %) 100,000
     * demo customers took some 50 full collections (6 s); with these, 15.
     */
    static final int BULK_MIN = 70;
    static final int BULK_MAX = 90;

    private static final Object LOCK = new Object();
    private static int open;
    private static int[] saved;
    private static boolean giveBack;

    private boolean closed;

    private HeapHeadroom() {
    }

    /** Opens a headroom; close it when the bulk work is done (try-with-resources). */
    public static HeapHeadroom open() {
        return open(false);
    }

    /**
     * As {@link #open()}; with {@code giveBackAfterwards}, the last close also runs one full
     * collection, so that the heap shrinks at once instead of at the next full collection (in an idle
     * app: not for a long time). That pause is short for the customer list loaded at start-up; after
     * each export it would be noticeable, so only the list load asks for it.
     */
    public static HeapHeadroom open(boolean giveBackAfterwards) {
        synchronized (LOCK) {
            giveBack |= giveBackAfterwards;
            if (open++ == 0) {
                saved = read();
                if (saved != null) {
                    set(Math.max(saved[0], BULK_MIN), Math.max(saved[1], BULK_MAX));
                }
            }
        }
        return new HeapHeadroom();
    }

    @Override
    public void close() {
        boolean collect = false;
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            if (--open == 0) {
                collect = giveBack && saved != null && (saved[0] < BULK_MIN || saved[1] < BULK_MAX);
                giveBack = false;
                if (saved != null) {
                    set(saved[0], saved[1]);
                    saved = null;
                }
            }
        }
        if (collect) {
            System.gc();
        }
    }

    /** The current {@code {min, max}}, or null where they cannot be read. */
    static int[] read() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return new int[] {Integer.parseInt(vm.getVMOption(MIN).getValue()),
                    Integer.parseInt(vm.getVMOption(MAX).getValue())};
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Heap free ratios not available", e);
            return null;
        }
    }

    /** Sets both; in the order that never has the minimum above the maximum, which the JVM refuses. */
    static void set(int min, int max) {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            int currentMax = Integer.parseInt(vm.getVMOption(MAX).getValue());
            if (max >= currentMax) {
                vm.setVMOption(MAX, Integer.toString(max));
                vm.setVMOption(MIN, Integer.toString(min));
            } else {
                vm.setVMOption(MIN, Integer.toString(min));
                vm.setVMOption(MAX, Integer.toString(max));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Heap free ratios not changed", e);
        }
    }
}
