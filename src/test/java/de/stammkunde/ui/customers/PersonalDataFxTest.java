package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.ui.common.ScriptedDialogs.Kind;
import de.stammkunde.ui.shell.FxAppFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A customer asks what the shop keeps about them (GDPR Art. 15): their form saves a copy of it all. */
class PersonalDataFxTest extends FxRobot {

    private FxAppFixture fx;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).customers(Customers.anna()).start();
        fx.showCustomers();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Anna, the only customer, chosen with Down and opened with F2. */
    private Stage openAnnasForm() {
        Customer anna = fx.seeded().get(0);
        type(KeyCode.DOWN);
        type(KeyCode.F2);
        return fx.awaitWindow(fx.text("customer.form.editTitle", anna.displayName(), anna.number()));
    }

    @Test
    void herFormSavesAZipWithEveryKindOfHerDataAndSaysWhere() throws IOException {
        Path zip = dir.resolve("auskunft.zip");
        fx.dialogs().answerFileToSave(zip);
        Stage form = openAnnasForm();

        clickOn(fx.<Button>node(form.getScene().getRoot(), "#personalDataButton"));

        fx.waitUntil("the copy is saved", () -> fx.dialogs().last(Kind.INFO).isPresent());
        // her record, her two interests and her e-mail consent
        assertEquals(fx.text("personalData.done", "Müller, Anna", zip.toString(), 4),
                fx.dialogs().last(Kind.INFO).orElseThrow().message());
        try (ZipFile files = new ZipFile(zip.toFile())) {
            assertEquals(9, files.size());
            assertTrue(new String(files.getInputStream(files.getEntry("Kunde.csv")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).contains(";Anna;Müller;"));
        }
        assertTrue(fx.onFx(form::isShowing), "the form stays open");
        fx.assertNoProblems();
    }

    @Test
    void aPlaceThatCannotBeWrittenIsNamedAndNothingIsLeftThere() throws IOException {
        Files.writeString(dir.resolve("a-file"), "x");
        Path zip = dir.resolve("a-file").resolve("auskunft.zip");
        fx.dialogs().answerFileToSave(zip);
        Stage form = openAnnasForm();

        clickOn(fx.<Button>node(form.getScene().getRoot(), "#personalDataButton"));

        fx.waitUntil("the failure is told", () -> !fx.dialogs().errors().isEmpty());
        assertTrue(fx.dialogs().errors().get(0).message().startsWith(zip + " kann nicht geschrieben werden"),
                fx.dialogs().errors().get(0).message());
        assertFalse(Files.exists(zip));
        assertTrue(fx.onFx(form::isShowing), "the form and what was typed in it stay");
    }

    @Test
    void aCustomerErasedAtAnotherTillWhileTheFormWasOpenIsToldNotCopied() {
        Path zip = dir.resolve("auskunft.zip");
        fx.dialogs().answerFileToSave(zip);
        Customer anna = fx.seeded().get(0);
        Stage form = openAnnasForm();
        fx.app().customers().erase(fx.app().customers().find(anna.id()).orElseThrow(), "auf Wunsch");

        clickOn(fx.<Button>node(form.getScene().getRoot(), "#personalDataButton"));

        // it said her data were all in a file that held one blank record
        fx.waitUntil("the refusal is told", () -> !fx.dialogs().errors().isEmpty());
        assertEquals(fx.text("personalData.gone", anna.number()), fx.dialogs().errors().get(0).message());
        assertFalse(Files.exists(zip));
    }

    @Test
    void aNewCustomerHasNoDataToCopyYet() {
        push(KeyCode.SHORTCUT, KeyCode.N);
        Parent form = fx.awaitWindow(fx.text("customer.form.newTitle")).getScene().getRoot();

        assertFalse(fx.onFx(() -> fx.<Button>node(form, "#personalDataButton").isVisible()));
        type(KeyCode.ESCAPE);
        fx.awaitNoOtherWindow();
    }
}
