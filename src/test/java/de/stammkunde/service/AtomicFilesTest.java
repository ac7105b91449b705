package de.stammkunde.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatClosesTheStreamStillGetsItsFileWhole() throws IOException {
        Path target = dir.resolve("kunden.csv");

        AtomicFiles.write(target, out -> {
            out.write("Müller;Anna".getBytes(StandardCharsets.UTF_8));
            out.close(); // as a CSV writer does
        });

        assertEquals("Müller;Anna", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFolderOrADeviceIsNotReplacedByTheFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("kunden.csv"));
        // Moved onto an empty folder of the name, the file replaced it; onto /dev/stdout, the device's entry.
        assertThrows(IOException.class, () -> AtomicFiles.write(folder, out -> out.write(1)));
        assertTrue(Files.isDirectory(folder));

        Path device = Path.of("/dev/null");
        if (Files.exists(device) && !Files.isRegularFile(device)) {
            Path link = Files.createSymbolicLink(dir.resolve("null.csv"), device);
            assertThrows(IOException.class, () -> AtomicFiles.write(link, out -> out.write(1)));
            assertTrue(Files.isSymbolicLink(link));
        }
        assertFalse(files().stream().anyMatch(f -> f.toString().endsWith(".part")), files().toString());
    }

    @Test
    void aFailedWriteLeavesTheOlderFileAsItWasAndNothingBesideIt() throws IOException {
        Path target = dir.resolve("kunden.csv");
        Files.writeString(target, "alt");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("halb".getBytes(StandardCharsets.UTF_8));
            throw new IOException("drive full");
        }));

        assertEquals("alt", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void whatAKilledWriteOfTheSameFileLeftIsDeletedOnceItIsADayOld() throws IOException {
        // Before, ".kunden.csv.<id>.part" stayed beside the export for good (on Windows in plain sight).
        Path target = dir.resolve("kunden.csv");
        Path old = Files.writeString(dir.resolve(".kunden.csv.0b8f.part"), "halb");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path now = Files.writeString(dir.resolve(".kunden.csv.77aa.part"), "gerade in Arbeit");
        Path other = Files.writeString(dir.resolve(".artikel.csv.12cd.part"), "anderer Export");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        AtomicFiles.write(target, out -> out.write("neu".getBytes(StandardCharsets.UTF_8)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(now), "a colleague's write of the same name may be under way");
        assertTrue(Files.exists(other), "another file's is left to its own next write");
        assertEquals("neu", Files.readString(target));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
