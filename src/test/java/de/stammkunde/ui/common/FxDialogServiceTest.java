package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FxDialogServiceTest {

    @Test
    void fileFilterPatternIsTheSameWhicheverWayTheExtensionIsWritten() {
        // The CSV screens pass "*.csv"; a pattern "*.*.csv" would hide "kunden.csv" in the file chooser.
        assertEquals("*.csv", FxDialogService.pattern("*.csv"));
        assertEquals("*.csv", FxDialogService.pattern(".csv"));
        assertEquals("*.csv", FxDialogService.pattern("csv"));
        assertEquals("*.CSV", FxDialogService.pattern(" *.CSV "));
    }
}
