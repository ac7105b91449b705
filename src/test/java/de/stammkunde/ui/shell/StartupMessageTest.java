package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.UpdateFailedException;
import de.stammkunde.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window says when the data folder given cannot hold the data at all. */
class StartupMessageTest {

    @TempDir
    Path dir;

    private static Throwable openingFails(Path dataDir) {
        try {
            Database.openH2(dataDir).close();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("opened " + dataDir);
    }

    @Test
    void withoutAScreenItSaysSoInsteadOfAStackTrace() {
        // Started over SSH it ended with "UnsupportedOperationException: Unable to open DISPLAY" and 12 lines of trace.
        Messages german = new Messages(Locale.GERMAN);
        assertEquals(Optional.of(german.get("startup.noScreen")), StammkundeApp.noScreen(german, "Linux", Map.of()));
        assertEquals(Optional.of(german.get("startup.noScreen")),
                StammkundeApp.noScreen(german, "Linux", Map.of("DISPLAY", "")));
        assertTrue(german.get("startup.noScreen").startsWith("Stammkunde kann hier kein Fenster öffnen"));

        assertEquals(Optional.empty(), StammkundeApp.noScreen(german, "Linux", Map.of("DISPLAY", ":0")));
        assertEquals(Optional.empty(), StammkundeApp.noScreen(german, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertEquals(Optional.empty(), StammkundeApp.noScreen(german, "Windows 11", Map.of()));
        assertEquals(Optional.empty(), StammkundeApp.noScreen(german, "Mac OS X", Map.of()));
    }

    @Test
    void aDataFolderThatIsAFileIsSaidSoInTheUsersLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("kunden.txt"), "not a folder");

        // It said: "Die Datenbank in … lässt sich nicht öffnen: Cannot create the data folder …", and
        // to send the log file from the "logs" subfolder of what is a file.
        assertEquals(new Messages(Locale.GERMAN).get("startup.notFolder", file.toString()),
                StammkundeApp.startupMessage(new Messages(Locale.GERMAN), file, openingFails(file)));
        assertEquals(new Messages(Locale.ENGLISH).get("startup.notFolder", file.toString()),
                StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), file, openingFails(file)));
    }

    @Test
    void aDataFolderThatCannotBeMadeIsSaidSo() throws Exception {
        Path below = Files.writeString(dir.resolve("kunden.txt"), "not a folder").resolve("daten");

        assertEquals(new Messages(Locale.ENGLISH).get("startup.notWritable", below.toString()),
                StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), below, openingFails(below)));
    }

    @Test
    void aDamagedDatabaseFileIsSaidSoAndWhereItIsKept() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        Files.write(file, new byte[100_000]); // as a copy that wrote nothing but zeros

        // It said: "… lässt sich nicht öffnen: Failed to initialize pool: Datei fehlerhaft beim Lesen …"
        Throwable e = openingFails(dir);
        String said = StammkundeApp.startupMessage(new Messages(Locale.GERMAN), dir, e);

        Path kept = ((de.stammkunde.data.DamagedDatabaseException) e).keptAs();
        assertEquals(new Messages(Locale.GERMAN).get("startup.damaged", file.toString(), kept.toString()), said);
        assertTrue(Files.exists(kept), kept.toString());
    }

    @Test
    void aDamagedFileThatCouldNotBeSetAsideIsNotSaidToBeKeptElsewhere() {
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        // moving failed (a read-only medium): it said the file was kept "as" itself for a rescue, and that
        // without a backup the next start would have no data, while the next start refuses it again
        Throwable e = new de.stammkunde.data.DamagedDatabaseException(file, file, null);

        assertEquals(new Messages(Locale.GERMAN).get("startup.damagedInPlace", file.toString()),
                StammkundeApp.startupMessage(new Messages(Locale.GERMAN), dir, e));
    }

    @Test
    void aStartThatFoundTheDriveFullSaysSoNotTheMigrationsWords() {
        // An update's new tables need room: it said "… Failed to execute script V8__points_redemption_lots.sql".
        Throwable e = new IllegalStateException("Migration V8__points_redemption_lots.sql failed",
                new java.sql.SQLException("Allgemeiner Fehler: MVStoreException: Writing to … failed"));
        Messages german = new Messages(Locale.GERMAN);

        assertEquals(german.get("error.diskFull", dir.toString()), StammkundeApp.startupMessage(german, dir, e, true));
        assertTrue(StammkundeApp.startupMessage(german, dir, e, false).contains("V8__"), "else as before");
    }

    @Test
    void anUpdateThatFailedSaysTheDataIsAsItWasAndAFullDriveSaysToFreeSpace() {
        // It said: "Die Datenbank in … lässt sich nicht öffnen: Failed to execute script V2__….sql
        // ---- SQL State …"
        Throwable e = new UpdateFailedException(dir, new IllegalStateException("Failed to execute script V8__x.sql",
                new java.sql.SQLException("Allgemeiner Fehler: MVStoreException: Writing to … failed")));
        Messages german = new Messages(Locale.GERMAN);

        assertEquals(german.get("startup.updateFailed", dir.toString()), StammkundeApp.startupMessage(german, dir, e,
                false));
        assertEquals(german.get("error.diskFull", dir.toString()), StammkundeApp.startupMessage(german, dir, e, true));
    }

    @Test
    void anUpdateWithoutRoomForItsCopySaysHowMuchToFree() {
        Throwable e = new UpdateFailedException(dir, 412_345_678L);

        assertEquals(new Messages(Locale.GERMAN).get("startup.updateNoRoom", dir.toString(), 413),
                StammkundeApp.startupMessage(new Messages(Locale.GERMAN), dir, e, true));
        assertTrue(StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), dir, e, false).contains("413 MB free"));
    }
}
