package de.stammkunde.ui.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.purchases.Purchase;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.ui.shell.FxAppFixture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A till's export imported through the real wizard, opened from the customer list's Import menu. */
class PurchaseImportFxTest extends FxRobot {

    @TempDir
    Path dir;

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aGermanTillExportIsImportedThroughTheWizard() throws Exception {
        fx = FxAppFixture.builder().locale(Locale.GERMAN).startupWork(false).customers(Customers.anna()).start();
        fx.showCustomers();
        Customer anna = fx.seeded().get(0);
        String text = "Bon;Datum;Kundennummer;Artikel;Menge;Einzelpreis;Summe;Zahlart\r\n"
                + "7;01.03.2026 09:15;" + anna.number() + ";Brötchen;6;0,45;6,50;bar\r\n"
                + "7;01.03.2026 09:15;" + anna.number() + ";Käsekuchen;1;3,80;6,50;bar\r\n";
        Path file = Files.write(dir.resolve("kasse.csv"), text.getBytes(CsvFormat.WINDOWS_1252));
        fx.dialogs().answerFileToOpen(file);

        SplitMenuButton menu = fx.node(fx.mainRoot(), "#importButton");
        fx.onFx(menu::show);
        clickOn(fx.text("purchaseImport.menu.purchases"));
        Stage wizard = fx.awaitWindow(fx.text("purchaseImport.title"));
        Parent root = wizard.getScene().getRoot();
        fx.waitUntil("the file is checked", () -> !fx.<Label>node(root, "#summaryLabel").getText().isEmpty());

        assertEquals(CsvFormat.WINDOWS_1252, fx.<ComboBox<?>>node(root, "#charsetBox").getValue());
        assertEquals("Brötchen", fx.<TableView<List<String>>>node(root, "#previewTable").getItems().get(0).get(3));
        assertTrue(fx.<CheckBox>node(root, "#awardPointsBox").isVisible());
        assertEquals(fx.text("purchaseImport.duplicates"), fx.<Label>node(root, "#duplicatesLabel").getText());
        assertEquals(fx.text("purchaseImport.report.plan", 2, 1, 0, 0, 0), fx.<Label>node(root, "#summaryLabel").getText());
        assertEquals(List.of(), fx.missingTexts(root));
        // By keyboard: the last column's mapping, the preview, the report, the duplicates and the points.
        fx.onFx(() -> fx.<Node>node(root, "#mapping7").requestFocus());
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            type(KeyCode.TAB);
            tabs.add(fx.onFx(() -> wizard.getScene().getFocusOwner().getId()));
        }
        assertEquals(List.of("previewTable", "reportList", "policyBox", "skipInvalidBox", "awardPointsBox"), tabs);
        Button importButton = fx.node(root, "#importButton");
        clickOn(importButton);
        fx.waitUntil("the import is done", () -> fx.text("purchaseImport.report.done", 1, 2, 0, 0, 0, 0)
                .equals(fx.<Label>node(root, "#statusLabel").getText()));

        List<Purchase> history = fx.app().purchases().history(anna.id());
        assertEquals(1, history.size());
        assertEquals(new BigDecimal("6.50"), history.get(0).total());
        assertEquals(List.of("Brötchen", "Käsekuchen"), history.get(0).items().stream().map(PurchaseItem::description).toList());
        assertTrue(importButton.isDisabled(), "imported once, not twice");
        assertFalse(fx.<CheckBox>node(root, "#awardPointsBox").isSelected(), "history earns no points by default");
        fx.assertNoProblems();
    }
}
