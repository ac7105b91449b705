package de.stammkunde.ui.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.shell.FxAppFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Export and import through the real windows: round trip, a German Excel file, a broken file. */
class CsvFxTest extends FxRobot {

    @TempDir
    Path dir;

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    private FxAppFixture start(Locale locale, CustomerDetails... customers) throws Exception {
        fx = FxAppFixture.builder().locale(locale).startupWork(false).customers(customers).start();
        fx.showCustomers();
        return fx;
    }

    /** Opens the wizard on {@code file} from the list's Import button and waits for its check. */
    private Parent openImport(Path file) {
        fx.dialogs().answerFileToOpen(file);
        clickOn(fx.<Button>node(fx.mainRoot(), "#importButton"));
        Stage wizard = fx.awaitWindow(fx.text("import.title"));
        Parent root = wizard.getScene().getRoot();
        fx.waitUntil("the file is checked", () -> !fx.<Label>node(root, "#summaryLabel").getText().isEmpty());
        return root;
    }

    private void importAndWait(Parent wizard) {
        Button importButton = fx.node(wizard, "#importButton");
        fx.waitUntil("Import is enabled", () -> !importButton.isDisabled());
        clickOn(importButton);
        fx.waitUntil("the import is done", () -> fx.<Label>node(wizard, "#statusLabel").getText()
                .startsWith(fx.text("csv.report.done", 0, 0, 0, 0).substring(0, 8)));
        fx.awaitIdle();
    }

    private static List<Customer> byNumber(List<Customer> customers) {
        return customers.stream().sorted(java.util.Comparator.comparing(Customer::number)).toList();
    }

    @Test
    void exportAndReimportGiveTheSameCustomers() throws Exception {
        CustomerDetails company = CustomerDetails.builder().company("Bäckerei Kühn").phone("+49 30 1234567")
                .notes("Lieferung: dienstags\n\"Hintereingang\"").status(CustomerStatus.LOST).build();
        start(Locale.ENGLISH, Customers.anna(), company, Customers.named("Jörg", "Weiß"));
        Path file = dir.resolve("customers.csv");
        fx.dialogs().answerFileToSave(file);

        clickOn(fx.<Button>node(fx.mainRoot(), "#exportButton"));
        Stage dialog = fx.awaitWindow(fx.text("export.title"));
        assertEquals(fx.text("export.count", 3), fx.<Label>node(dialog.getScene().getRoot(), "#countLabel").getText());
        clickOn(fx.<Button>node(dialog.getScene().getRoot(), "#exportButton"));
        fx.waitUntil("the export says it is done", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO).isPresent());
        fx.awaitNoOtherWindow();

        assertEquals(fx.text("export.done", 3, file.toString()),
                fx.dialogs().last(ScriptedDialogs.Kind.INFO).orElseThrow().message());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(",'+49 30 1234567,"), "formula characters neutralised: " + text);
        List<Customer> before = byNumber(fx.customersInDatabase());
        fx.close();

        start(Locale.ENGLISH);
        Parent wizard = openImport(file);
        assertEquals(',', fx.<ComboBox<Character>>node(wizard, "#separatorBox").getValue());
        assertEquals(StandardCharsets.UTF_8, fx.<ComboBox<?>>node(wizard, "#charsetBox").getValue());
        importAndWait(wizard);

        List<Customer> after = byNumber(fx.customersInDatabase());
        assertEquals(before.stream().map(Customer::details).toList(), after.stream().map(Customer::details).toList());
        assertEquals(before.stream().map(Customer::number).toList(), after.stream().map(Customer::number).toList());
        fx.assertNoProblems();
    }

    @Test
    void escClosesTheExportDialogRightAfterItOpens() throws Exception {
        start(Locale.ENGLISH, Customers.anna());
        clickOn(fx.<Button>node(fx.mainRoot(), "#exportButton"));
        Stage dialog = fx.awaitWindow(fx.text("export.title"));
        fx.awaitIdle();
        assertEquals("columnList", fx.onFx(() -> dialog.getScene().getFocusOwner().getId()), "the columns to tick");

        type(KeyCode.ESCAPE);

        fx.awaitNoOtherWindow();
    }

    @Test
    void afterAFailedExportNoColumnsTickedStillCannotBeExported() throws Exception {
        start(Locale.ENGLISH, Customers.anna());
        Path folder = Files.createDirectory(dir.resolve("customers.csv"));
        fx.dialogs().answerFileToSave(folder);
        clickOn(fx.<Button>node(fx.mainRoot(), "#exportButton"));
        Parent root = fx.awaitWindow(fx.text("export.title")).getScene().getRoot();
        Button export = fx.node(root, "#exportButton");
        clickOn(export);
        fx.waitUntil("the export says it failed", () -> !export.isDisabled()
                && fx.<Label>node(root, "#statusLabel").getText().contains(folder.toString()));

        clickOn(fx.text("export.none"));

        // it was enabled, and an export without columns ended in "An unexpected error occurred"
        assertTrue(export.isDisabled(), "no column ticked, nothing to export");
        clickOn(fx.text("export.all"));
        assertFalse(export.isDisabled());
    }

    @Test
    void tabLeavesTheColumnListForItsButtonsAndSpaceTicksTheColumn() throws Exception {
        start(Locale.ENGLISH, Customers.anna());
        clickOn(fx.<Button>node(fx.mainRoot(), "#exportButton"));
        Stage dialog = fx.awaitWindow(fx.text("export.title"));
        fx.awaitIdle();
        CheckListView<CustomerColumn> columns = fx.node(dialog.getScene().getRoot(), "#columnList");
        assertTrue(columns.getCheckModel().isChecked(CustomerColumn.NUMBER));

        type(KeyCode.SPACE);
        assertFalse(columns.getCheckModel().isChecked(CustomerColumn.NUMBER), "Space ticks the column off");
        type(KeyCode.TAB);

        // Tab went to the tick box of each column in sight, ten steps to "Default columns"
        assertEquals(fx.text("export.all"), fx.onFx(() -> dialog.getScene().getFocusOwner() instanceof Button button
                ? button.getText() : String.valueOf(dialog.getScene().getFocusOwner())));
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("columnList", fx.onFx(() -> dialog.getScene().getFocusOwner().getId()));
    }

    @Test
    void enterInTheColumnListStartsTheExport() throws Exception {
        start(Locale.ENGLISH, Customers.anna());
        Path file = dir.resolve("customers.csv");
        fx.dialogs().answerFileToSave(file);
        clickOn(fx.<Button>node(fx.mainRoot(), "#exportButton"));
        fx.awaitWindow(fx.text("export.title"));
        fx.awaitIdle();

        type(KeyCode.ENTER);

        fx.waitUntil("the export says it is done", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO).isPresent());
        assertTrue(Files.exists(file));
    }

    /** Berg and Christ selected of Berg, Christ and Müller; the export dialog opened. */
    private Parent exportTwoOfThree(Path file) throws Exception {
        start(Locale.ENGLISH, Customers.named("Bert", "Berg"), Customers.named("Carla", "Christ"), Customers.anna());
        fx.dialogs().answerFileToSave(file);
        type(KeyCode.DOWN);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        fx.waitUntil("two are selected", () -> fx.<TableView<?>>node(fx.mainRoot(), "#table")
                .getSelectionModel().getSelectedItems().size() == 2);
        clickOn(fx.<Node>node(fx.mainRoot(), "#exportButton"));
        Parent root = fx.awaitWindow(fx.text("export.title")).getScene().getRoot();
        fx.awaitIdle();
        return root;
    }

    private List<String> lastNames(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int column = List.of(lines.get(0).split(",")).indexOf(fx.text(CustomerColumn.LAST_NAME.labelKey()));
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[column]).toList();
    }

    @Test
    void twoCustomersSelectedInTheListAreExportedWithoutTheRest() throws Exception {
        Path file = dir.resolve("letter.csv");
        Parent root = exportTwoOfThree(file);
        RadioButton selected = fx.node(root, "#selectedRadio");
        RadioButton list = fx.node(root, "#listRadio");

        assertTrue(selected.isSelected(), "the selection is why someone selected");
        assertEquals("Only the 2 selected customers", selected.getText());
        assertEquals("All 3 customers in the list", list.getText());
        assertEquals("2 selected customers will be exported.", fx.<Label>node(root, "#countLabel").getText());
        assertTrue(fx.isFocused(root, "#selectedRadio"), "the choice is the first thing, and chosen");
        assertEquals(List.of(), fx.missingTexts(root));
        type(KeyCode.ENTER);

        fx.waitUntil("the export says it is done", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO).isPresent());
        assertEquals(fx.text("export.done", 2, file.toString()),
                fx.dialogs().last(ScriptedDialogs.Kind.INFO).orElseThrow().message());
        assertEquals(List.of("Berg", "Christ"), lastNames(file));
        fx.assertNoProblems();
    }

    @Test
    void theWholeListCanStillBeChosenWithTheKeyboard() throws Exception {
        Path file = dir.resolve("all.csv");
        Parent root = exportTwoOfThree(file);

        type(KeyCode.DOWN);

        assertTrue(fx.<RadioButton>node(root, "#listRadio").isSelected());
        assertEquals(fx.text("export.count", 3), fx.<Label>node(root, "#countLabel").getText());
        type(KeyCode.ENTER);
        fx.waitUntil("the export says it is done", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO).isPresent());
        assertEquals(List.of("Berg", "Christ", "Müller"), lastNames(file));
    }

    @Test
    void aSelectedCustomerArchivedAtAnotherTillMeanwhileIsNotInTheFileAndTheMessageSaysSo() throws Exception {
        Path file = dir.resolve("letter.csv");
        exportTwoOfThree(file);
        Customer christ = fx.seeded().stream().filter(c -> c.details().lastName().equals("Christ")).findFirst()
                .orElseThrow();
        fx.app().customers().setArchived(christ, true);

        type(KeyCode.ENTER);

        fx.waitUntil("the export says it is done", () -> fx.dialogs().last(ScriptedDialogs.Kind.INFO).isPresent());
        assertEquals(List.of("Berg"), lastNames(file));
        assertEquals("1 customer exported to " + file + ". 1 selected customer is no longer in the list (archived at"
                + " another till meanwhile, for instance) and so not in the file.",
                fx.dialogs().last(ScriptedDialogs.Kind.INFO).orElseThrow().message());
    }

    @Test
    void withTheWholeListSelectedThereIsNothingToChoose() throws Exception {
        start(Locale.ENGLISH, Customers.named("Bert", "Berg"), Customers.anna());
        type(KeyCode.DOWN);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        fx.waitUntil("both are selected", () -> fx.<TableView<?>>node(fx.mainRoot(), "#table")
                .getSelectionModel().getSelectedItems().size() == 2);
        clickOn(fx.<Node>node(fx.mainRoot(), "#exportButton"));
        Parent root = fx.awaitWindow(fx.text("export.title")).getScene().getRoot();

        assertFalse(fx.<Node>node(root, "#scopeBox").isVisible());
        assertEquals(fx.text("export.count", 2), fx.<Label>node(root, "#countLabel").getText());
    }

    @Test
    void tabbingToTheMappingOfAColumnFarRightScrollsThePreviewToIt() throws Exception {
        start(Locale.ENGLISH);
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, "Nachname;Vorname;A;B;C;D;E;F;G;H;I;PLZ\nMeier;Hans;1;2;3;4;5;6;7;8;9;80331\n");
        Parent wizard = openImport(file);
        Node table = fx.node(wizard, "#previewTable");
        Node last = fx.node(wizard, "#mapping11");

        fx.onFx(() -> fx.<Node>node(wizard, "#mapping10").requestFocus());
        type(KeyCode.TAB);
        fx.awaitIdle();

        assertTrue(fx.onFx(() -> last.isFocused()), "Tab goes on to the last column's box");
        double right = fx.onFx(() -> last.localToScene(last.getBoundsInLocal()).getMaxX());
        double visible = fx.onFx(() -> table.localToScene(table.getBoundsInLocal()).getMaxX());
        assertTrue(right <= visible, "the box ends at " + right + ", the preview at " + visible);
    }

    @Test
    void everyMappingBoxShowsItsChoiceInFull() throws Exception {
        start(Locale.GERMANY);
        Path file = dir.resolve("lang.csv");
        Files.writeString(file, "Kundennummer;Einwilligung E-Mail;Lieblingsfarbe\n100001;ja 2024-05-01;blau\n");
        Parent wizard = openImport(file);
        for (String id : List.of("#mapping0", "#mapping1", "#mapping2")) {
            ComboBox<?> box = fx.node(wizard, id);
            // the closed box's text as drawn: "Einwilligung E-…" and "— ignorier…" before
            ListCell<?> cell = box.getButtonCell();
            List<String> drawn = fx.onFx(() -> cell.getChildrenUnmodifiable().stream()
                    .filter(node -> node instanceof Text && node.getStyleClass().contains("text"))
                    .map(text -> ((Text) text).getText()).toList());
            assertEquals(List.of(fx.onFx(cell::getText)), drawn, id);
        }
    }

    @Test
    void theOpenListOfAMappingBoxNamesTheChoiceToIgnoreTheColumn() throws Exception {
        start(Locale.GERMANY);
        Path file = Files.writeString(dir.resolve("colour.csv"), "Kundennummer;Lieblingsfarbe\n100001;blau\n");
        Parent wizard = openImport(file);
        ComboBox<?> box = fx.node(wizard, "#mapping1");
        fx.onFx(box::show);
        fx.awaitIdle();

        // the first line of the open list: an empty line before
        String first = fx.onFx(() -> ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin())
                .getPopupContent().lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0).findFirst().map(ListCell::getText).orElse(null));
        fx.onFx(box::hide);
        assertEquals(fx.text("import.ignore"), first);
    }

    @Test
    void escClosesTheWizardAlsoFromItsLists() throws Exception {
        start(Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("one.csv"), "Nachname;Vorname\nMeier;Hans\n");
        for (String list : List.of("#reportList", "#previewTable")) {
            Parent wizard = openImport(file);
            fx.onFx(() -> fx.<Node>node(wizard, list).requestFocus());
            fx.waitUntil(list + " has the focus", () -> fx.<Node>node(wizard, list).isFocused());

            type(KeyCode.ESCAPE);

            fx.awaitNoOtherWindow();
        }
        assertEquals(0, fx.customersInDatabase().size(), "nothing imported");
        fx.assertNoProblems();
    }

    @Test
    void tabGoesThroughTheMappingBoxesThenThePreviewThenTheDuplicatesAndTheButtons() throws Exception {
        // Tab reached the preview's rows before the boxes in its column headers, and what happens to duplicates
        // (above the preview) before either.
        start(Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("three.csv"), "Nachname;Vorname;PLZ\nMeier;Hans;80331\n");
        Parent wizard = openImport(file);
        fx.waitUntil("Import is enabled", () -> !fx.<Button>node(wizard, "#importButton").isDisabled());
        fx.onFx(() -> fx.<Node>node(wizard, "#separatorBox").requestFocus());

        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            type(KeyCode.TAB);
            forward.add(fx.onFx(() -> wizard.getScene().getFocusOwner().getId()));
        }
        assertEquals(List.of("mapping0", "mapping1", "mapping2", "previewTable", "reportList", "policyBox",
                "skipInvalidBox", "importButton", "closeButton"), forward);
        List<String> back = new ArrayList<>();
        fx.onFx(() -> fx.<Node>node(wizard, "#policyBox").requestFocus());
        for (int i = 0; i < 4; i++) {
            push(KeyCode.SHIFT, KeyCode.TAB);
            back.add(fx.onFx(() -> wizard.getScene().getFocusOwner().getId()));
        }
        assertEquals(List.of("reportList", "previewTable", "mapping2", "mapping1"), back);
        Node policy = fx.node(wizard, "#policyBox");
        Node table = fx.node(wizard, "#previewTable");
        assertTrue(fx.onFx(() -> policy.localToScene(policy.getLayoutBounds()).getMinY()
                > table.localToScene(table.getLayoutBounds()).getMaxY()), "the duplicates come below the preview");
    }

    @Test
    void aGermanExcelFileIsDetectedPreviewedAndImported() throws Exception {
        String text = "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon;Geburtsdatum;Bemerkung\r\n"
                + "Frau;Bärbel;Größe-Müller;Hauptstraße 12a;80331;München;089 123456;03.04.1961;"
                + "\"Mag Brezeln;\r\nkommt samstags\"\r\n"
                + "Herr;Jörg;Weiß;Schloßallee 1;01067;Dresden;;01.02.1975;\r\n";
        Path file = Files.write(dir.resolve("kunden.csv"), text.getBytes(CsvFormat.WINDOWS_1252));
        start(Locale.GERMAN);

        Parent wizard = openImport(file);

        assertEquals(CsvFormat.WINDOWS_1252, fx.<ComboBox<?>>node(wizard, "#charsetBox").getValue());
        assertEquals(';', fx.<ComboBox<Character>>node(wizard, "#separatorBox").getValue());
        TableView<List<String>> preview = fx.node(wizard, "#previewTable");
        assertEquals(9, preview.getColumns().size());
        assertEquals("Größe-Müller", preview.getItems().get(0).get(2));
        assertEquals(fx.text("csv.report.plan", 2, 2, 0, 0, 0), fx.<Label>node(wizard, "#summaryLabel").getText());
        importAndWait(wizard);

        Customer baerbel = fx.customersInDatabase().get(0);
        assertEquals("Größe-Müller", baerbel.details().lastName());
        assertEquals("München", baerbel.details().city());
        assertEquals(LocalDate.of(1961, 4, 3), baerbel.details().birthDate());
        assertEquals("Mag Brezeln;\r\nkommt samstags", baerbel.details().notes());
        assertEquals(2, fx.customersInDatabase().size());
        fx.waitUntil("the list shows the new customers", () -> fx.app().customers().index().size() == 2);
        fx.assertNoProblems();
    }

    @Test
    void updatingAKnownCustomerSaysWhatItKeepsAndAddsTheNoteBelowTheStoredOne() throws Exception {
        String text = "Nachname;Vorname;E-Mail;Telefon;Notiz;Einwilligung E-Mail\n"
                + "Müller;Anna;anna.mueller@example.de;;Allergie: Nüsse;nein\n";
        Path file = Files.writeString(dir.resolve("liste.csv"), text);
        start(Locale.GERMAN, Customers.anna());
        Parent wizard = openImport(file);
        Label hint = fx.node(wizard, "#policyHintLabel");
        assertEquals(fx.text("import.policy.SKIP.hint"), hint.getText());

        ComboBox<?> policy = fx.node(wizard, "#policyBox");
        fx.onFx(() -> policy.getSelectionModel().select(1));
        fx.waitUntil("the file is checked again", () -> fx.text("csv.report.plan", 1, 0, 1, 0, 0)
                .equals(fx.<Label>node(wizard, "#summaryLabel").getText()));
        assertEquals(fx.text("import.policy.UPDATE.hint"), hint.getText());
        Label duplicates = fx.node(wizard, "#duplicatesLabel");
        fx.awaitIdle();
        double[] widths = fx.onFx(() -> new double[] {duplicates.prefWidth(-1), duplicates.getWidth()});
        assertEquals(widths[0], widths[1], 0.5, "beside the long hint it read \"Bekannte Ku…\"");
        Customer anna = fx.customersInDatabase().get(0);
        assertTrue(fx.<ListView<String>>node(wizard, "#reportList").getItems().contains(fx.text("csv.report.row", 2,
                fx.text("csv.notice.consentKept", "E-Mail", anna.number(), "ja", "01.03.2024", "nein",
                        "nein " + LocalDate.now(FxAppFixture.CLOCK)))));
        importAndWait(wizard);

        CustomerDetails updated = fx.customersInDatabase().get(0).details();
        assertEquals("Mag Vollkornbrot\nAllergie: Nüsse", updated.notes());
        assertEquals(anna.details().phone(), updated.phone());
        assertEquals(anna.details().consents(), updated.consents());
        fx.assertNoProblems();
    }

    @Test
    void aBrokenFileListsItsRowErrorsAndImportsNothing() throws Exception {
        String text = "Last name,First name,Email\n"
                + "Berg,Anna,anna@example.com\n"
                + "Kurz,Karl\n"
                + "Lang,Lena,lena(at)example.com\n";
        Path file = Files.writeString(dir.resolve("broken.csv"), text);
        start(Locale.ENGLISH, Customers.anna());

        Parent wizard = openImport(file);

        ListView<String> report = fx.node(wizard, "#reportList");
        assertEquals(List.of(
                fx.text("csv.report.row", 3, fx.text("csv.problem.columnCount", 3, 2)),
                fx.text("csv.report.rowColumn", 4, "Email", fx.text("validation.email.invalid"))), report.getItems());
        assertTrue(fx.<Button>node(wizard, "#importButton").isDisabled());
        assertEquals(fx.text("import.fixFirst"), fx.<Label>node(wizard, "#statusLabel").getText());

        // The user may leave the broken rows out: then the good row comes in, and only that.
        clickOn(fx.<CheckBox>node(wizard, "#skipInvalidBox"));
        fx.waitUntil("the file is checked again", () -> fx.text("import.readySkipping")
                .equals(fx.<Label>node(wizard, "#statusLabel").getText()));
        importAndWait(wizard);
        assertEquals(2, fx.customersInDatabase().size());
        assertEquals("Berg", fx.customersInDatabase().get(1).details().lastName());
    }

    @Test
    void everyProblemIsReadableWithoutScrollingSideways() throws Exception {
        String text = "Last name;First name;Email;Date of birth\n"
                + "Lang;Lena;lena(at)example.com;31.02.1980\n";
        Path file = Files.writeString(dir.resolve("long.csv"), text);
        start(Locale.ENGLISH);
        Parent wizard = openImport(file);
        fx.onFx(() -> wizard.getScene().getWindow().setWidth(640));
        fx.awaitIdle();

        ListView<String> report = fx.node(wizard, "#reportList");
        // A line longer than the list ran out of it: "… please record the refund in Stam", a scroll bar below.
        List<String> wider = fx.onFx(() -> {
            wizard.applyCss();
            wizard.layout();
            return report.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                    .filter(c -> !c.isEmpty() && c.isVisible() && c.getWidth() > report.getWidth())
                    .map(c -> Math.round(c.getWidth()) + " px: " + c.getItem()).toList();
        });
        assertEquals(2, report.getItems().size());
        assertEquals(List.of(), wider, "list " + Math.round(report.getWidth()) + " px wide");
    }

    @Test
    void aFileWithABrokenQuoteCannotBeImportedAtAll() throws Exception {
        Path file = Files.writeString(dir.resolve("quote.csv"), "Last name;Notes\nBerg;\"open\nWeber;ok\n");
        start(Locale.ENGLISH);

        Parent wizard = openImport(file);

        assertEquals(fx.text("import.unreadable"), fx.<Label>node(wizard, "#statusLabel").getText());
        clickOn(fx.<CheckBox>node(wizard, "#skipInvalidBox"));
        fx.awaitIdle();
        assertTrue(fx.<Button>node(wizard, "#importButton").isDisabled(), "not even leaving rows out helps");
        assertFalse(fx.<ListView<String>>node(wizard, "#reportList").getItems().isEmpty());
        assertEquals(0, fx.customersInDatabase().size());
    }
}
