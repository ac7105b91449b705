package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.ArchiveFilter;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.ui.common.ElidedTexts;
import de.stammkunde.ui.shell.FxAppFixture;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer list on a common laptop screen (1366 pixels wide) shows names and e-mail addresses whole, on a
 * small one (1024) the names, in German and English.
 */
class CustomerListWidthsFxTest {

    private FxAppFixture fx;

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void anEveryDayEmailAddressIsNotCutShortOnALaptopScreen() throws Exception {
        // Before, the name column took the room ("Agostini, Waltraud" in 250 pixels) and the address showed as
        // "waltraud.agostini@g…".
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(CustomerDetails.builder().firstName("Waltraud")
                .lastName("Agostini").email("waltraud.agostini@gmx.de").build()).start();
        fx.onFx(() -> fx.stage().setWidth(1366));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("the customer is listed", () -> table.getItems().size() == 1);
        fx.awaitIdle();

        assertEquals(List.of(), fx.onFx(() -> ElidedTexts.of(table, List.of("nameColumn", "emailColumn"))));
        fx.assertNoProblems();
    }

    @Test
    void anArchivedCustomersStatusIsNotCutShortInTheArchive() throws Exception {
        // Before, the column was as wide as "Interessent" and showed "Aktiv · arc…" for every archived customer.
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(CustomerDetails.builder().firstName("Hannelore")
                .lastName("Müller").status(CustomerStatus.ACTIVE).build()).start();
        fx.app().customers().setArchived(fx.seeded().get(0), true);
        fx.onFx(() -> fx.stage().setWidth(1200));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");

        fx.onFx(() -> archive.setValue(ArchiveFilter.ARCHIVED_ONLY));

        fx.waitUntil("the archived customer is listed", () -> table.getItems().size() == 1);
        fx.awaitIdle();
        assertEquals(List.of(), fx.onFx(() -> ElidedTexts.of(table, List.of("statusColumn", "nameColumn"))));
        fx.assertNoProblems();
    }

    @Test
    void theStatusColumnNarrowsAgainAfterTheArchiveKeepingTheWidthTheUserDragged() throws Exception {
        // Before, after "Nur archivierte" and back to "Aktuelle Kunden" the status kept the room of
        // "Interessent · archiviert" and the names and e-mail addresses had that much less.
        fx = FxAppFixture.builder().locale(Locale.GERMANY).customers(
                CustomerDetails.builder().firstName("Hannelore").lastName("Müller").build(),
                CustomerDetails.builder().firstName("Bernd").lastName("Becker").status(CustomerStatus.POTENTIAL)
                        .email("bernd.becker@example.org").build()).start();
        fx.app().customers().setArchived(fx.seeded().get(0), true);
        fx.onFx(() -> fx.stage().setWidth(1200));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");
        fx.waitUntil("the current customer is listed", () -> table.getItems().size() == 1);
        fx.awaitIdle();
        var name = table.getColumns().stream().filter(c -> "nameColumn".equals(c.getId())).findFirst().orElseThrow();
        var status = table.getColumns().stream().filter(c -> "statusColumn".equals(c.getId())).findFirst()
                .orElseThrow();
        // The owner drags the names wider.
        fx.onFx(() -> table.resizeColumn(name, 40));
        fx.awaitIdle();
        double statusBefore = fx.onFx(status::getWidth);
        double nameBefore = fx.onFx(name::getWidth);

        fx.onFx(() -> archive.setValue(ArchiveFilter.ARCHIVED_ONLY));
        fx.waitUntil("the archived customer is listed", () -> table.getItems().size() == 1
                && table.getItems().get(0).archived());
        fx.awaitIdle();
        assertTrue(fx.onFx(status::getWidth) > statusBefore + 20, "the archive needs the room");
        fx.onFx(() -> archive.setValue(ArchiveFilter.ACTIVE_ONLY));
        fx.waitUntil("the current customer is listed", () -> table.getItems().size() == 1
                && !table.getItems().get(0).archived());
        fx.awaitIdle();

        assertEquals(statusBefore, fx.onFx(status::getWidth), 1, "the status is as wide as before");
        assertEquals(nameBefore, fx.onFx(name::getWidth), 2, "the names keep the width the owner dragged");
        fx.assertNoProblems();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theSearchPromptStaysWholeAfterTheArchiveFilterWasOpened(String language) throws Exception {
        // Before, the archive filter once opened grew as wide as "Alle, auch archivierte" and never narrowed
        // again: with "Nur archivierte" chosen the search field read "Name, Firma, E-Mail, Tel., Kundennr".
        fx = FxAppFixture.builder().locale(language.equals("de") ? Locale.GERMANY : Locale.ENGLISH)
                .customers(CustomerDetails.builder().firstName("Hannelore").lastName("Müller").build()).start();
        fx.onFx(() -> fx.stage().setWidth(1200));
        fx.showCustomers();
        TextField search = fx.node(fx.mainRoot(), "#searchField");
        ComboBox<ArchiveFilter> archive = fx.node(fx.mainRoot(), "#archiveFilter");
        double before = fx.onFx(search::getWidth);
        assertTrue(fx.onFx(() -> promptFits(search)), "the prompt fits to begin with");

        fx.onFx(archive::show);
        fx.awaitIdle();
        fx.onFx(() -> {
            archive.setValue(ArchiveFilter.ARCHIVED_ONLY);
            archive.hide();
        });
        fx.awaitIdle();
        assertTrue(fx.onFx(() -> promptFits(search)), "the prompt fits with the archive shown: "
                + fx.onFx(search::getWidth));
        fx.onFx(() -> archive.setValue(ArchiveFilter.ACTIVE_ONLY));
        fx.awaitIdle();

        assertEquals(before, fx.onFx(search::getWidth), 1, "the search field is as wide as before");
        fx.assertNoProblems();
    }

    /** Whether the field is wide enough for its prompt (shown while it is empty, clipped where it is longer). */
    private static boolean promptFits(TextField field) {
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        return prompt.getLayoutBounds().getWidth() + field.getInsets().getLeft() + field.getInsets().getRight()
                <= field.getWidth();
    }

    @Test
    void theKeyboardHintWrapsBetweenItsPartsNotInsideOne() throws Exception {
        // Before, a 1024 pixel window showed "… · Enter oder" on one line and "F2 öffnet · …" on the next.
        fx = FxAppFixture.builder().locale(Locale.GERMANY).start();
        fx.onFx(() -> fx.stage().setWidth(1024));
        fx.showCustomers();
        fx.awaitIdle();
        Label hint = fx.node(fx.mainRoot(), "#keyboardHint");
        Text shown = fx.onFx(() -> (Text) hint.getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("text")).findFirst().orElseThrow());
        String text = fx.onFx(shown::getText);
        assertTrue(fx.onFx(() -> shown.getLayoutBounds().getHeight() > 1.5 * shown.getFont().getSize()),
                "the hint needs two lines at this width: " + text);

        int start = 0;
        for (String part : text.split("· ")) {
            int from = start;
            int to = start + part.strip().length();
            long lines = fx.onFx(() -> Arrays.stream(shown.rangeShape(from, to)).filter(MoveTo.class::isInstance)
                    .map(move -> ((MoveTo) move).getY()).distinct().count());
            assertEquals(1, lines, "\"" + part + "\" stays on one line");
            start += part.length() + 2;
        }
        fx.assertNoProblems();
    }

    @ParameterizedTest
    @CsvSource({"de, 1200", "en, 1200", "de, 1024", "en, 1024"})
    void choosingAnArchivedCustomerDoesNotMakeTheListJump(String language, int width) throws Exception {
        // Before, "Daten löschen (DSGVO) …" joined the header buttons for an archived customer on a 1200 pixel
        // screen, they wrapped onto a second line and the list jumped down by a line under the owner's mouse.
        fx = FxAppFixture.builder().locale(language.equals("de") ? Locale.GERMANY : Locale.ENGLISH).customers(
                CustomerDetails.builder().firstName("Hannelore").lastName("Müller").build(),
                CustomerDetails.builder().firstName("Bernd").lastName("Becker").build()).start();
        fx.app().customers().setArchived(fx.seeded().get(0), true);
        fx.onFx(() -> fx.stage().setWidth(width));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        Button erase = fx.node(fx.mainRoot(), "#eraseButton");
        Button merge = fx.node(fx.mainRoot(), "#mergeButton");
        fx.onFx(() -> fx.<ComboBox<ArchiveFilter>>node(fx.mainRoot(), "#archiveFilter").setValue(ArchiveFilter.ALL));
        fx.waitUntil("both customers are listed", () -> table.getItems().size() == 2);
        int archived = fx.onFx(() -> table.getItems().get(0).archived() ? 0 : 1);
        fx.onFx(() -> table.getSelectionModel().clearAndSelect(1 - archived));
        fx.awaitIdle();
        double top = fx.onFx(() -> table.localToScene(0, 0).getY());

        fx.onFx(() -> table.getSelectionModel().clearAndSelect(archived));
        fx.waitUntil("erasing is offered", erase::isVisible);
        fx.awaitIdle();

        assertEquals(top, fx.onFx(() -> table.localToScene(0, 0).getY()), "the list stays where it was");
        assertFalse(fx.onFx(merge::isVisible), "merging needs two customers: erase takes its place");
        fx.onFx(() -> table.getSelectionModel().selectAll());
        fx.waitUntil("merging is back for two", merge::isVisible);
        assertFalse(fx.onFx(erase::isVisible));
        fx.assertNoProblems();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void namesAndHeadersAreWholeOnA1024PixelScreenWhicheverColumnTheListIsSortedBy(String language)
            throws Exception {
        // Before, in English "Company" and "Postcode" kept room for a sort arrow they did not show, "Status" was as
        // wide as "Interessent", and the names read "Abraham, Ann…" and "Agostini, Walt…".
        fx = FxAppFixture.builder().locale(language.equals("de") ? Locale.GERMANY : Locale.ENGLISH).customers(
                CustomerDetails.builder().firstName("Annette").lastName("Abraham").postcode("45182").city("Essen")
                        .phone("0201 2755649").build(),
                CustomerDetails.builder().firstName("Waltraud").lastName("Agostini").postcode("59067").city("Hamm")
                        .mobile("0160 75811448").email("waltraud.agostini@gmx.de").build()).start();
        fx.onFx(() -> fx.stage().setWidth(1024));
        fx.showCustomers();
        TableView<CustomerListRow> table = fx.node(fx.mainRoot(), "#table");
        fx.waitUntil("the customers are listed", () -> table.getItems().size() == 2);
        fx.awaitIdle();
        List<String> whole = List.of("numberColumn", "nameColumn", "postcodeColumn", "phoneColumn", "statusColumn");

        assertEquals(List.of(), fx.onFx(() -> ElidedTexts.of(table, whole)));
        for (String id : List.of("companyColumn", "postcodeColumn", "statusColumn")) {
            fx.onFx(() -> table.getSortOrder().setAll(table.getColumns().stream()
                    .filter(column -> id.equals(column.getId())).findFirst().orElseThrow()));
            fx.awaitIdle();
            assertEquals(List.of(), fx.onFx(() -> ElidedTexts.of(table, whole)), "sorted by " + id);
        }
        fx.assertNoProblems();
    }
}
