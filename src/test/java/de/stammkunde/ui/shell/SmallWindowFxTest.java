package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.coupons.CampaignDraft;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.coupons.Offer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.service.Progress;
import de.stammkunde.service.coupons.Audience;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * At the smallest size the main window allows (900 × 600) every screen fits its width, and no button,
 * label, filter, column header or field's prompt ends in "…" or at the field's edge because it was cut short.
 */
class SmallWindowFxTest extends FxRobot {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    private void start(Locale locale) throws Exception {
        start(locale, 900);
    }

    private void start(Locale locale, double width) throws Exception {
        fx = FxAppFixture.builder().locale(locale).startupWork(false).customers(Customers.anna()).start();
        // A campaign, so that the coupons screen shows its table and the title of its coupons.
        fx.app().campaigns().create(new CampaignDraft("Herbstaktion", Offer.amount("5"), BigDecimal.ZERO,
                LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 3), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(fx.seeded().get(0).id()), "Anna"), Progress.NONE);
        fx.onFx(() -> {
            fx.stage().setWidth(width);
            fx.stage().setHeight(600);
        });
        fx.awaitIdle();
    }

    /** The ids (or class names) of visible controls that reach past the window's right edge. */
    private List<String> cutOffOn(KeyCode screen) {
        push(KeyCode.SHORTCUT, screen);
        fx.awaitIdle();
        return fx.onFx(() -> {
            Parent root = fx.mainRoot();
            root.applyCss();
            root.layout();
            double width = root.getScene().getWidth();
            List<String> cut = new ArrayList<>();
            collect(root, width, cut);
            return cut;
        });
    }

    /** Buttons, labels, filters and column headers on the screen whose text is cut short ("Bearbei…"). */
    private List<String> elidedOn(KeyCode screen) {
        push(KeyCode.SHORTCUT, screen);
        fx.awaitIdle();
        return elided();
    }

    private List<String> elided() {
        return fx.onFx(() -> {
            Parent root = fx.mainRoot();
            root.applyCss();
            root.layout();
            List<String> cut = new ArrayList<>();
            collectElided(root, cut);
            return cut;
        });
    }

    private static void collectElided(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        // Table and list cells show what customers typed: long names and e-mail addresses may be cut.
        if (node instanceof IndexedCell<?> && !(node.getParent() instanceof ComboBoxBase<?>)) {
            return;
        }
        // A text that ends in "…" on purpose (a long e-mail address) shows in full in its tooltip.
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !(labeled.getTooltip() != null && labeled.getText().equals(labeled.getTooltip().getText()))) {
            String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "")
                    : labeled.getText();
            // The skin shows the text in a Text styled "text" (an icon is a Text, too, but not styled so).
            labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                    .map(child -> ((Text) child).getText())
                    .filter(shown -> !shown.equals(expected))
                    .forEach(shown -> cut.add("\"" + expected + "\" shows as \"" + shown + "\""));
        }
        if (node instanceof TextField field && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            // A prompt is not elided but clipped at the field's edge: "… Telefon, E-Mail eingel".
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            texts(field).stream().filter(text -> text.getText().equals(field.getPromptText()))
                    .filter(text -> text.getLayoutBounds().getWidth() > room + 1)
                    .forEach(text -> cut.add("the prompt \"" + field.getPromptText() + "\" needs "
                            + Math.round(text.getLayoutBounds().getWidth()) + " px of " + Math.round(room)));
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectElided(child, cut));
        }
    }

    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text text) {
            found.add(text);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        }
        return found;
    }

    private static void collect(Node node, double width, List<String> cut) {
        if (!node.isVisible() || !node.isManaged()) {
            return;
        }
        if (node instanceof Control) {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (bounds.getWidth() > 0 && bounds.getMaxX() > width + 1) {
                cut.add((node.getId() != null ? node.getId() : node.getClass().getSimpleName())
                        + " ends at " + Math.round(bounds.getMaxX()) + " of " + Math.round(width));
            }
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, width, cut));
        }
    }

    @Test
    void everyScreenFitsTheSmallestWindowInGerman() throws Exception {
        start(Locale.GERMANY);

        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9)) {
            assertEquals(List.of(), cutOffOn(screen), "Ctrl+" + screen.getName());
        }
    }

    @Test
    void noTextIsCutShortInTheSmallestWindowInGerman() throws Exception {
        assertNoTextIsCutShort(Locale.GERMANY);
    }

    @Test
    void noTextIsCutShortInTheSmallestWindowInEnglish() throws Exception {
        assertNoTextIsCutShort(Locale.ENGLISH);
    }

    private void assertNoTextIsCutShort(Locale locale) throws Exception {
        start(locale);

        for (KeyCode screen : List.of(KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9)) {
            assertEquals(List.of(), elidedOn(screen), "Ctrl+" + screen.getName());
        }
        fx.showCounter();
        fx.write(fx.seeded().get(0).number());
        type(KeyCode.ENTER);
        fx.waitUntil("the counter shows the customer", () -> fx.<Node>node(fx.mainRoot(), "#panel").isVisible());
        fx.awaitIdle();
        assertEquals(List.of(), elided(), "the counter with a customer");
        fx.assertNoProblems();
    }

    /** Table cells of {@code columns} whose text is cut short, as "column: shown". */
    private List<String> elidedCells(TableView<?> table, List<String> columns) {
        return fx.onFx(() -> {
            fx.mainRoot().applyCss();
            fx.mainRoot().layout();
            List<String> cut = new ArrayList<>();
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && columns.contains(cell.getTableColumn().getId()) && cell.getText() != null) {
                    cell.getChildrenUnmodifiable().stream()
                            .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                            .map(child -> ((Text) child).getText())
                            .filter(shown -> !shown.equals(cell.getText()))
                            .forEach(shown -> cut.add(cell.getTableColumn().getId() + ": " + shown));
                }
            }
            return cut;
        });
    }

    private boolean scrollsSideways(TableView<?> table) {
        return fx.onFx(() -> table.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible()));
    }

    private void assertCampaignsFit1024(Locale locale) throws Exception {
        start(locale, 1024);
        // Across a new year both dates carry their year: the longest validity there is.
        fx.app().campaigns().create(new CampaignDraft("Neujahr", Offer.percent("10"), BigDecimal.ZERO,
                LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 28), CodeMode.PERSONAL, null, ""),
                Audience.of(List.of(fx.seeded().get(0).id()), "Anna"), Progress.NONE);

        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("both campaigns are listed", () -> table.getItems().size() == 2);
        fx.awaitIdle();

        assertEquals(List.of(), elidedCells(table, List.of("validityColumn", "issuedColumn", "redeemedColumn",
                "revenueColumn")));
        assertFalse(scrollsSideways(table), "the campaigns fit without scrolling sideways");
        fx.assertNoProblems();
    }

    @Test
    void theCampaignsFitA1024PixelScreenWithTheirDatesInEnglish() throws Exception {
        assertCampaignsFit1024(Locale.ENGLISH);
    }

    @Test
    void theCampaignsFitA1024PixelScreenWithTheirDatesInGerman() throws Exception {
        assertCampaignsFit1024(Locale.GERMANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theCustomerListShowsEveryColumnOnA1024PixelScreen(String language) throws Exception {
        // Before, in English the headers ("Customer no.", "Postcode", "Company") took more than the table had: it
        // scrolled sideways, the e-mail addresses cut at their first letters and the status out of view, while
        // the German list showed every column.
        start(language.equals("de") ? Locale.GERMANY : Locale.ENGLISH, 1024);
        fx.app().customers().create(CustomerDetails.builder().firstName("Annette").lastName("Abraham").build());
        fx.showCustomers();
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("both customers are listed", () -> table.getItems().size() == 2);
        fx.awaitIdle();

        assertFalse(scrollsSideways(table), "every column in view without scrolling sideways");
        // Before, in German "Kundennr." took 108 pixels for six digits and the name read "Abraham, An…"; in English
        // "Company" and "Postcode" kept room for a sort arrow they did not show, and the name read "Abraham, Ann…".
        assertEquals(List.of(), elidedCells(table, List.of("numberColumn", "nameColumn")));
        fx.assertNoProblems();
    }

    @Test
    void atTheDesignedWidthTheCustomerListsFiltersShareTheSearchFieldsLine() throws Exception {
        start(Locale.GERMANY, 1200);
        fx.showCustomers();
        Node search = fx.node(fx.mainRoot(), "#searchField");
        Node archive = fx.node(fx.mainRoot(), "#archiveFilter");

        assertEquals(fx.onFx(search::getLayoutY), fx.onFx(archive::getLayoutY), 1,
                "the last filter is not alone on a second line");
        fx.assertNoProblems();
    }

    @Test
    void aNameOrEMailCutShortInTheCustomerListShowsInFullInATooltip() throws Exception {
        start(Locale.GERMANY, 1024);
        String email = "annemarie.mustermann-luedenscheid@beispiel-versand.de";
        fx.app().customers().create(CustomerDetails.builder().firstName("Anne-Marie Friederike")
                .lastName("Mustermann-Lüdenscheid").city("Köln").email(email).build());

        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        TableView<?> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("both customers are listed", () -> table.getItems().size() == 2);
        fx.awaitIdle();

        Map<String, String> tooltips = fx.onFx(() -> {
            fx.mainRoot().applyCss();
            fx.mainRoot().layout();
            Map<String, String> found = new TreeMap<>();
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getText() != null && !cell.getText().isEmpty()) {
                    found.put(cell.getText(), cell.getTooltip() == null ? "" : cell.getTooltip().getText());
                }
            }
            return found;
        });
        assertEquals(email, tooltips.get(email), "the e-mail address is cut short: hovering shows it");
        assertEquals("Mustermann-Lüdenscheid, Anne-Marie Friederike",
                tooltips.get("Mustermann-Lüdenscheid, Anne-Marie Friederike"));
        assertEquals("", tooltips.get("Köln"), "what fits needs no tooltip");
        fx.assertNoProblems();
    }

    @Test
    void aLongNameAndEMailAddressAtTheCounterFitThePanelAndTheAddressShowsInFullWhenHovered() throws Exception {
        start(Locale.GERMANY);
        String email = "annemarie.friederike.mustermann-luedenscheid@beispiel-versand.de";
        var customer = fx.app().customers().create(CustomerDetails.builder().firstName("Annemarie Friederike")
                .lastName("Mustermann-Lüdenscheid").phone("0221 123456").email(email).build());

        fx.showCounter();
        fx.write(customer.number());
        type(KeyCode.ENTER);
        fx.waitUntil("the counter shows the customer", () -> fx.<Node>node(fx.mainRoot(), "#panel").isVisible());
        fx.awaitIdle();

        Label address = fx.node(fx.mainRoot(), "#emailLabel");
        Label phone = fx.node(fx.mainRoot(), "#phoneLabel");
        assertEquals(fx.onFx(phone::getHeight), fx.onFx(address::getHeight), "one line, as the phone number");
        assertEquals(email, fx.onFx(() -> address.getTooltip() == null ? "" : address.getTooltip().getText()));
        assertEquals(null, fx.onFx(phone::getTooltip), "what fits needs no tooltip");
        ScrollPane panel = fx.node(fx.mainRoot(), "#panel");
        assertTrue(fx.onFx(() -> panel.getContent().getLayoutBounds().getWidth()
                <= panel.getViewportBounds().getWidth() + 1), "the long name wraps: the panel does not scroll sideways");
        assertEquals(List.of(), elided(), "the name wraps rather than ending in …");
        fx.assertNoProblems();
    }

    @Test
    void aLargePointsBalanceAtTheCounterWrapsRatherThanEndingInAnEllipsis() throws Exception {
        // "150,087 points = €7,5…" on a 1024-pixel screen
        start(Locale.UK, 1024);
        fx.app().loyalty().correct(fx.seeded().get(0).id(), 150_000, "Brought over from the old cards");

        fx.showCounter();
        fx.write(fx.seeded().get(0).number());
        type(KeyCode.ENTER);
        Label points = fx.node(fx.mainRoot(), "#pointsLabel");
        fx.waitUntil("the counter shows the points", () -> points.getText().startsWith("150,000"));
        fx.awaitIdle();

        assertEquals(List.of(), elided(), "the counter with a large balance");
    }

    @Test
    void everyScreenFitsTheSmallestWindowInEnglish() throws Exception {
        start(Locale.ENGLISH);

        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT9)) {
            assertEquals(List.of(), cutOffOn(screen), "Ctrl+" + screen.getName());
        }
    }
}
