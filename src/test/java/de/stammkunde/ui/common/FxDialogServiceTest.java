package de.stammkunde.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

    @Test
    void aNameTypedWithoutExtensionGetsTheFilesOne(@TempDir Path folder) throws Exception {
        // "karte-anna" was saved as a PNG named without ".png", which no viewer opened on a double-click
        Predicate<Path> unasked = file -> fail("asked to replace " + file);
        assertEquals(Optional.of(folder.resolve("karte-anna.png")),
                FxDialogService.withExtension(folder.resolve("karte-anna"), "*.png", unasked));
        assertEquals(Optional.of(folder.resolve("Karte.PNG")),
                FxDialogService.withExtension(folder.resolve("Karte.PNG"), "png", unasked));
        assertEquals(Optional.of(folder.resolve("karte.v2")),
                FxDialogService.withExtension(folder.resolve("karte.v2"), "png", unasked),
                "a name with an extension of its own is the user's choice");
    }

    @Test
    void aNameTypedWithoutExtensionReplacesTheFileWithItOnlyWhenTheUserSaysSo(@TempDir Path folder)
            throws Exception {
        // "kunden" typed again next month was saved as a second file "kunden" without an extension,
        // and "kunden.csv" still held last month's customers
        Path lastMonth = Files.writeString(folder.resolve("kunden.csv"), "saved before");
        List<Path> asked = new ArrayList<>();
        assertEquals(Optional.of(lastMonth), FxDialogService.withExtension(folder.resolve("kunden"), "csv",
                file -> asked.add(file)));
        assertEquals(Optional.empty(), FxDialogService.withExtension(folder.resolve("kunden"), "csv",
                file -> !asked.add(file)), "not replaced: nothing saved");
        assertEquals(List.of(lastMonth, lastMonth), asked);
        Files.createDirectory(folder.resolve("karten.csv"));
        assertEquals(Optional.of(folder.resolve("karten")), FxDialogService.withExtension(folder.resolve("karten"),
                "csv", file -> fail("asked to replace the folder " + file)), "a folder is no file to replace");
    }
}
