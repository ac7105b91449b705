package de.stammkunde.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.cards.CardService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.printing.Barcodes;
import de.stammkunde.service.printing.CardDocuments;
import de.stammkunde.service.settings.SettingsService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.RecordingPrinter;
import de.stammkunde.ui.common.ScriptedDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardDialogViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    private Database db;
    private CardService cards;
    private Customer anna;
    private final Messages messages = new Messages(Locale.GERMANY);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger changes = new AtomicInteger();
    private final RecordingPrinter printer = new RecordingPrinter();

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        cards = new CardService(db.jdbi(), CLOCK, new Workplace("anna", "kasse1"));
        anna = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of()).create(Customers.anna());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CardDialogViewModel dialog() {
        CardDialogViewModel vm = new CardDialogViewModel(cards, new CardDocuments(new SettingsService(db.jdbi())),
                new CurrentThreadTaskRunner(), dialogs, printer, messages, new Formats(messages.locale()), anna.id(),
                "Anna Müller", changes::incrementAndGet);
        vm.load();
        return vm;
    }

    @Test
    void customerWithoutCardIsOfferedToIssueOne() {
        CardDialogViewModel vm = dialog();

        assertNull(vm.activeCardProperty().get());
        assertTrue(vm.canIssueProperty().get());
        assertFalse(vm.canUseCardProperty().get());
        assertNull(vm.previewProperty().get());
    }

    @Test
    void issuingShowsTheCardWithItsScannableBarcodeAndTellsTheCaller() {
        CardDialogViewModel vm = dialog();

        vm.issue();

        Card card = cards.activeCard(anna.id()).orElseThrow();
        assertEquals(CardNumbers.printed(card.number()), vm.numberProperty().get());
        assertEquals("Karte " + CardNumbers.printed(card.number()) + " ausgegeben.", vm.messageProperty().get());
        assertEquals("Ausgegeben am 22.11.2026 von anna@kasse1", vm.issuedProperty().get());
        assertEquals(Optional.of(card.number()), Barcodes.decode(vm.previewProperty().get()));
        assertFalse(vm.canIssueProperty().get());
        assertTrue(vm.canUseCardProperty().get());
        assertEquals(1, changes.get());
    }

    @Test
    void cardLostAsksWhyAndConfirmsThenShowsTheNewCardAndThatThePointsStay() {
        Card old = cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        dialogs.answerChoiceContaining("Gestohlen").answerConfirm(true);

        vm.cardLost();

        Card now = cards.activeCard(anna.id()).orElseThrow();
        assertNotEquals(old.id(), now.id());
        assertEquals(CardNumbers.printed(now.number()), vm.numberProperty().get());
        assertEquals(messages.get("cards.replaced", CardNumbers.printed(old.number()),
                CardNumbers.printed(now.number())), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("Die Punkte bleiben beim Kunden"));
        assertEquals(List.of(new CardDialogViewModel.HistoryRow(CardNumbers.printed(old.number()), "22.11.2026",
                "22.11.2026", "Gestohlen")), vm.history());
        assertEquals(1, changes.get());
    }

    @Test
    void aCardBlockedOnAGermanScreenShowsItsReasonInEnglishOnAnEnglishOne() {
        // The reason is stored as the button read: "Verloren" showed as such on an English screen.
        Card old = cards.issue(anna.id());
        Card second = cards.replace(old.id(), "Verloren");
        cards.replace(second.id(), "Karte gebrochen");
        Messages english = new Messages(Locale.UK);
        CardDialogViewModel vm = new CardDialogViewModel(cards, new CardDocuments(new SettingsService(db.jdbi())),
                new CurrentThreadTaskRunner(), dialogs, printer, english, new Formats(english.locale()), anna.id(),
                "Anna Müller", changes::incrementAndGet);
        vm.load();

        assertEquals(java.util.Set.of("Lost", "Karte gebrochen"),
                vm.history().stream().map(CardDialogViewModel.HistoryRow::reason).collect(Collectors.toSet()),
                "a reason of the three offered in the screen's language, any other as it was stored");
    }

    @Test
    void cardLostCancelledAtTheConfirmationChangesNothing() {
        Card old = cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        dialogs.answerChoice(0).answerConfirm(false);

        vm.cardLost();

        assertEquals(old, cards.activeCard(anna.id()).orElseThrow());
        assertEquals(0, changes.get());
    }

    @Test
    void cardLostAskedWhyAndAnsweredWithEnterOrEscChangesNothingAndAsksNoMore() {
        Card old = cards.issue(anna.id());
        CardDialogViewModel vm = dialog();

        vm.cardLost(); // the reason's buttons not answered: the safe one, as Enter and Esc give

        assertEquals(old, cards.activeCard(anna.id()).orElseThrow());
        assertEquals(List.of("Verloren", "Gestohlen", "Beschädigt", messages.get("action.cancel")),
                dialogs.shown(ScriptedDialogs.Kind.CHOOSE_ACTION).get(0).choices());
        assertEquals(messages.get("action.cancel"), dialogs.shown(ScriptedDialogs.Kind.CHOOSE_ACTION).get(0).answer());
        assertTrue(dialogs.shown(ScriptedDialogs.Kind.CONFIRM_IRREVERSIBLE).isEmpty());
        assertEquals(0, changes.get());
    }

    @Test
    void cardLostAtTwoCountersTellsTheSecondThatItWasBlockedAlreadyAndShowsTheCurrentCard() {
        Card old = cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        Card replacement = cards.replace(old.id(), "lost at the other counter");
        dialogs.answerChoice(0).answerConfirm(true);

        vm.cardLost();

        assertEquals(messages.get("cards.alreadyBlocked", CardNumbers.printed(old.number())),
                vm.messageProperty().get());
        assertEquals(CardNumbers.printed(replacement.number()), vm.numberProperty().get());
        assertEquals(2, cards.cards(anna.id()).size());
    }

    @Test
    void saveAsPdfWritesTheChosenFileAndSaysWhere() throws IOException {
        cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        Path file = dir.resolve("karte.pdf");
        dialogs.answerFileToSave(file);

        vm.savePdf();

        assertTrue(Files.size(file) > 0);
        assertEquals(messages.get("cards.saved", file.toString()), vm.messageProperty().get());
        assertTrue(dialogs.last(ScriptedDialogs.Kind.SAVE_FILE).orElseThrow().message().endsWith(".pdf"));
    }

    @Test
    void saveAsPngIntoAFolderThatCannotBeWrittenSaysWhatToDo() throws IOException {
        cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        Path notAFolder = Files.writeString(dir.resolve("datei"), "x");
        dialogs.answerFileToSave(notAFolder.resolve("karte.png"));

        vm.savePng();

        ScriptedDialogs.Shown error = dialogs.errors().get(0);
        assertTrue(error.message().contains("Bitte einen anderen Ordner"), error.message());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void printingWithoutAPrinterSaysSoPlainly() {
        cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        printer.refuse(ImagePrinter.Outcome.NO_PRINTER);

        vm.print();

        assertEquals(1, printer.dialogs());
        assertEquals(0, printer.pages().size());
        assertEquals(messages.get("cards.print.noPrinter"),
                dialogs.last(ScriptedDialogs.Kind.INFO).orElseThrow().message());
    }

    @Test
    void printedCardGoesOutAtCardSizeAndIsReported() {
        Card card = cards.issue(anna.id());
        CardDialogViewModel vm = dialog();

        vm.print();

        assertEquals(1, printer.pages().size());
        RecordingPrinter.Page page = printer.pages().get(0);
        assertEquals(85.6, page.widthMm(), 0.01);
        assertEquals(54, page.heightMm(), 0.01);
        assertEquals(Optional.of(card.number()), Barcodes.decode(page.image()));
        assertTrue(printer.ended());
        assertEquals(messages.get("cards.print.done"), vm.messageProperty().get());
    }

    @Test
    void aPrinterThatFailsIsReportedAsAnError() {
        cards.issue(anna.id());
        CardDialogViewModel vm = dialog();
        printer.fail();

        vm.print();

        assertTrue(printer.cancelled(), "the job is dropped");
        assertEquals(messages.get("cards.print.failed"), dialogs.errors().get(0).message());
    }

    @Test
    void titleNamesTheCustomer() {
        assertEquals("Kundenkarte – Anna Müller", dialog().title());
    }
}
