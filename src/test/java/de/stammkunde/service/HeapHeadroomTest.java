package de.stammkunde.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapHeadroomTest {

    private int[] before;

    @BeforeEach
    void leanHeapAsTheApp() {
        before = HeapHeadroom.read();
        // the app's own options (app.jvmOptions), whatever the test JVM was started with
        HeapHeadroom.set(5, 20);
        assertArrayEquals(new int[] {5, 20}, HeapHeadroom.read());
    }

    @AfterEach
    void restore() {
        HeapHeadroom.set(before[0], before[1]);
    }

    @Test
    void bulkWorkGetsTheJvmDefaultsAndTheLeanRatiosComeBack() {
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            assertArrayEquals(new int[] {HeapHeadroom.BULK_MIN, HeapHeadroom.BULK_MAX}, HeapHeadroom.read());
        }
        assertArrayEquals(new int[] {5, 20}, HeapHeadroom.read());
    }

    @Test
    void overlappingJobsKeepTheHeadroomUntilTheLastOneEnds() {
        HeapHeadroom export = HeapHeadroom.open();
        HeapHeadroom importing = HeapHeadroom.open();
        export.close();
        export.close(); // twice counts once
        assertArrayEquals(new int[] {HeapHeadroom.BULK_MIN, HeapHeadroom.BULK_MAX}, HeapHeadroom.read());
        importing.close();
        assertArrayEquals(new int[] {5, 20}, HeapHeadroom.read());
    }

    @Test
    void ratiosAlreadyHigherAreLeftAlone() {
        HeapHeadroom.set(80, 95);
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            assertArrayEquals(new int[] {80, 95}, HeapHeadroom.read());
        }
        assertArrayEquals(new int[] {80, 95}, HeapHeadroom.read());
    }
}
