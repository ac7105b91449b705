package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.app.AppContext;
import de.stammkunde.data.DatabaseInUseException;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second Stammkunde on the same data folder is refused with a message naming the folder, and the
 * first one keeps working with its data. The first instance runs in its own JVM, as it does when the
 * owner starts the app twice: within one JVM, H2 hands a second connection the database already open
 * instead of refusing it, so only another process shows the lock.
 */
class SecondInstanceTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dataDir;

    /** The first instance's stderr, for the failure message. */
    @TempDir
    Path logDir;

    private Process first;
    private BufferedReader firstOut;
    private PrintWriter firstIn;

    @AfterEach
    void stopFirst() {
        if (first != null && first.isAlive()) {
            first.destroyForcibly();
        }
    }

    @Test
    void dataOfANewerVersionGetsItsOwnMessageAtStartUp() {
        String text = StammkundeApp.startupMessage(new Messages(Locale.GERMAN), dataDir,
                new java.util.concurrent.CompletionException(new de.stammkunde.data.NewerDataException(7, 5)));

        assertEquals("Die Daten in " + dataDir + " wurden zuletzt von einer neueren Version von Stammkunde benutzt. "
                + "Diese ältere Version kann sie nicht sicher öffnen und hat nichts verändert. Bitte die neuere "
                + "Version installieren.", text);
    }

    @Test
    void secondInstanceIsRefusedWithAMessageInBothLanguagesAndTheFirstKeepsItsData() throws Exception {
        String number = startFirstInstance();

        DatabaseInUseException german = assertThrows(DatabaseInUseException.class,
                () -> AppContext.open(dataDir, Locale.GERMAN));
        DatabaseInUseException english = assertThrows(DatabaseInUseException.class,
                () -> AppContext.open(dataDir, Locale.ENGLISH));
        assertEquals(dataDir, german.dataDirectory());

        String deText = StammkundeApp.startupMessage(new Messages(Locale.GERMAN), dataDir, german);
        assertEquals("Stammkunde ist bereits geöffnet (Datenordner " + dataDir + "). Bitte das andere Fenster "
                + "verwenden oder es zuerst schließen. Die Daten wurden nicht verändert.", deText);
        String enText = StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), dataDir, english);
        assertEquals("Stammkunde is already open (data folder " + dataDir + "). Please use the other window, "
                + "or close it first. Your data was not changed.", enText);
        // However deep the start-up wrapped it, the user reads the same.
        assertEquals(enText, StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), dataDir,
                new IllegalStateException("start-up", english)));
        assertEquals(new Messages(Locale.GERMAN).get("startup.title"), "Stammkunde kann nicht starten");

        // The first instance goes on working and still has its customer.
        assertEquals("COUNT 1 " + number + " Müller, Anna", ask("count"));
        firstIn.println("exit");
        firstIn.flush();
        assertEquals("CLOSED", readLine());
        assertTrue(first.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), log());

        // Once it is closed, the folder opens normally, with the data unchanged.
        try (AppContext again = AppContext.open(dataDir, Locale.ENGLISH)) {
            Customer anna = again.customers().findByNumber(number).orElseThrow();
            assertEquals(Customers.anna().email(), anna.details().email());
            assertEquals(1, (int) again.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM customer").mapTo(Integer.class).one()));
        }
    }

    @Test
    void otherStartupFailuresNameTheFolderAndTheCause() {
        String text = StammkundeApp.startupMessage(new Messages(Locale.ENGLISH), dataDir,
                new IllegalStateException("disk full"));

        assertTrue(text.contains(dataDir.toString()), text);
        assertTrue(text.contains("disk full"), text);
        assertFalse(text.contains("!startup"), text);
    }

    private String startFirstInstance() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        String logging = System.getProperty("java.util.logging.config.file");
        if (logging != null) {
            command.add("-Djava.util.logging.config.file=" + logging);
        }
        command.add(FirstInstance.class.getName());
        command.add(dataDir.toString());
        first = new ProcessBuilder(command)
                .redirectError(logDir.resolve("first-instance.log").toFile())
                .start();
        firstOut = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        firstIn = new PrintWriter(first.getOutputStream(), true, StandardCharsets.UTF_8);
        String ready = readLine();
        assertTrue(ready.startsWith("READY "), ready + log());
        return ready.substring("READY ".length());
    }

    private String ask(String question) throws Exception {
        firstIn.println(question);
        firstIn.flush();
        return readLine();
    }

    private String readLine() throws Exception {
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return firstOut.readLine();
            } catch (IOException e) {
                return "IOException " + e.getMessage();
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return line == null ? "(the first instance ended)" + log() : line;
    }

    private String log() {
        try {
            Path file = logDir.resolve("first-instance.log");
            return Files.exists(file) ? "\nfirst instance's log:\n" + Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The Stammkunde that came first: opens the folder, stores a customer, answers on stdin. */
    public static final class FirstInstance {

        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            // UTF-8 whatever the platform's default, so "Müller" arrives as typed.
            java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                    true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try (AppContext app = AppContext.open(dir, Locale.GERMAN)) {
                Customer anna = app.customers().create(Customers.anna());
                out.println("READY " + anna.number());
                for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
                    if (line.equals("count")) {
                        int count = app.database().jdbi().withHandle(h -> h.createQuery(
                                "SELECT COUNT(*) FROM customer").mapTo(Integer.class).one());
                        Customer found = app.customers().findByNumber(anna.number()).orElseThrow();
                        out.println("COUNT " + count + " " + found.number() + " " + found.displayName());
                    }
                }
            }
            out.println("CLOSED");
        }
    }
}
