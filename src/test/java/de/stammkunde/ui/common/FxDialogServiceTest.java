package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FxDialogServiceTest {

    @Test
    void fileFilterPatternIsTheSameWhicheverWayTheExtensionIsWritten() {
        // The CSV screens pass "*.csv"; a pattern "*.*.csv" would hide "kunden.csv" in the file chooser.
        assertEquals("*.csv", FxDialogService.pattern("*.csv"));
        assertEquals("*.csv", FxDialogService.pattern(".csv"));
        assertEquals("*.csv", FxDialogService.pattern("csv"));
        assertEquals("*.CSV", FxDialogService.pattern(" *.CSV "));
    }

    @Test
    void aFileDialogOpensWhereTheLastFileWasElseInTheDocumentsElseAtHome(@TempDir Path home) throws Exception {
        // It opened in the program's working folder, which a user started from a menu never sees.
        assertEquals(home, FxDialogService.startFolder(null, home));
        Path documents = Files.createDirectory(home.resolve("Dokumente"));
        assertEquals(documents, FxDialogService.startFolder(null, home));
        Path last = Files.createDirectory(home.resolve("Export"));
        assertEquals(last, FxDialogService.startFolder(last, home));
        assertEquals(documents, FxDialogService.startFolder(home.resolve("gone"), home), "a folder since removed");
    }
}
