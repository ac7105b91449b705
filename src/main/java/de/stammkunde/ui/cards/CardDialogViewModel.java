package de.stammkunde.ui.cards;

import de.stammkunde.domain.cards.Card;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Progress;
import de.stammkunde.service.cards.CardAlreadyBlockedException;
import de.stammkunde.service.cards.CardHolderErasedException;
import de.stammkunde.service.cards.CardService;
import de.stammkunde.service.printing.CardDocuments;
import de.stammkunde.service.printing.PrintableCard;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.FileSaver;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's cards: the active card (as it is printed), the earlier ones with when and why
 * they were blocked, and the commands issue, card lost, print, save as PDF or PNG. Database and
 * file work runs on the task runner; the card preview is an AWT image the view converts.
 */
public final class CardDialogViewModel {

    /** Preview resolution: sharp on a high-resolution screen at the card's real size. */
    static final int PREVIEW_DPI = 200;

    /** An earlier card as the history table shows it. */
    public record HistoryRow(String number, String issued, String blocked, String reason) {
    }

    /** What a load reads in the background. */
    private record State(List<Card> cards, PrintableCard printable, BufferedImage preview) {
    }

    private final CardService cards;
    private final CardDocuments documents;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ImagePrinter printer;
    private final FileSaver saver;
    private final Messages messages;
    private final Formats formats;
    private final long customerId;
    private final String displayName;
    private final Runnable onChange;

    private final ObjectProperty<Card> activeCard = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issued = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final BooleanBinding hasCard = activeCard.isNotNull();
    private PrintableCard printable;

    public CardDialogViewModel(CardService cards, CardDocuments documents, TaskRunner runner, DialogService dialogs,
            ImagePrinter printer, Messages messages, Formats formats, long customerId, String displayName,
            Runnable onChange) {
        this.cards = cards;
        this.documents = documents;
        this.runner = runner;
        this.dialogs = dialogs;
        this.printer = printer;
        this.saver = new FileSaver(dialogs, runner, messages);
        this.messages = messages;
        this.formats = formats;
        this.customerId = customerId;
        this.displayName = displayName;
        this.onChange = onChange;
    }

    // ---- state --------------------------------------------------------------------------------

    public String title() {
        return messages.get("cards.title", displayName);
    }

    public ReadOnlyObjectProperty<Card> activeCardProperty() {
        return activeCard;
    }

    /** The active card as printed (shop, name, barcode, number), or null without one. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    /** The active card's number as printed under the bars, "" without one. */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    /** What just happened, or what went wrong, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False until the first load is done: the buttons wait for it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanBinding hasCardProperty() {
        return hasCard;
    }

    /** Issue is offered when the customer has no active card; the other commands need one. */
    public BooleanBinding canIssueProperty() {
        return hasCard.not().and(busy.not()).and(loaded);
    }

    public BooleanBinding canUseCardProperty() {
        return hasCard.and(busy.not());
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    // ---- commands -----------------------------------------------------------------------------

    public void load() {
        reload("");
    }

    private void reload(String text) {
        run("cards.load", this::readState, state -> show(state, text));
    }

    public void issue() {
        run("cards.issue", () -> {
            cards.issue(customerId);
            return readState();
        }, state -> {
            show(state, "");
            message.set(messages.get("cards.issuedNow", number.get()));
            onChange.run();
        });
    }

    /** "Card lost…": why (lost, stolen, damaged), a confirmation, then block and replace. */
    public void cardLost() {
        Card card = activeCard.get();
        if (card == null) {
            return;
        }
        String printed = CardNumbers.printed(card.number());
        List<String> reasons = CardReasons.KEYS.stream().map(messages::get).toList();
        String cancel = messages.get("action.cancel");
        // one button per reason: a list preselecting "Lost" above OK/Cancel took Enter for "Lost"
        String chosen = dialogs.chooseAction(messages.get("cards.lost.title"), messages.get("cards.lost.choose",
                printed), Stream.concat(reasons.stream(), Stream.of(cancel)).toList(), cancel);
        Optional<String> reason = Optional.of(chosen).filter(reasons::contains);
        if (reason.isEmpty() || !dialogs.confirmIrreversible(messages.get("cards.lost.title"),
                messages.get("cards.lost.confirm", printed), messages.get("cards.lost.yes"),
                messages.get("action.cancel"))) {
            return;
        }
        run("cards.replace", () -> {
            cards.replace(card.id(), reason.get());
            return readState();
        }, state -> {
            show(state, "");
            message.set(messages.get("cards.replaced", printed, number.get()));
            onChange.run();
        });
    }

    public void savePdf() {
        save("pdf", (card, file) -> documents.writePdf(card, file));
    }

    public void savePng() {
        save("png", (card, file) -> documents.writePng(card, file));
    }

    /** Asks for the printer, then renders the card at print resolution and prints it in the background. */
    public void print() {
        PrintableCard card = printable;
        if (card == null || activeCard.get() == null) {
            return;
        }
        ImagePrinter.Start start = printer.start();
        if (start.job() == null) {
            printed(start.refusal());
            return;
        }
        run("cards.print", () -> ImagePrinter.print(start.job(), 1,
                page -> documents.image(card, CardDocuments.PNG_DPI), CardDocuments.WIDTH_MM, CardDocuments.HEIGHT_MM,
                Progress.NONE), this::printed);
    }

    private void printed(ImagePrinter.Outcome outcome) {
        ImagePrinter.report(outcome, "cards.print", messages, dialogs, message::set);
    }

    // ---- helpers ------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Writer {
        void write(PrintableCard card, Path file) throws IOException;
    }

    private void save(String extension, Writer writer) {
        PrintableCard card = printable;
        if (card == null || activeCard.get() == null) {
            return;
        }
        saver.save("cards", messages.get("cards.fileName", card.number()), extension, file -> writer.write(card, file),
                busy, message::set);
    }

    @FunctionalInterface
    private interface Step<T> {
        T call() throws Exception;
    }

    private <T> void run(String title, Step<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        runner.submit(title, p -> work.call(), result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            failed(error);
        });
    }

    private void failed(Throwable error) {
        if (error instanceof CardAlreadyBlockedException blocked) {
            reload(messages.get("cards.alreadyBlocked", CardNumbers.printed(blocked.number())));
            return;
        }
        if (error instanceof CardHolderErasedException) {
            message.set(messages.get("cards.holderErased"));
            return;
        }
        dialogs.showError(messages.get("error.title"), ErrorTexts.database(error, messages));
    }

    private State readState() {
        List<Card> all = cards.cards(customerId);
        Optional<Card> active = all.stream().filter(c -> !c.isBlocked()).findFirst();
        PrintableCard card = active.map(c -> documents.printable(cards.holderName(customerId), c.number()))
                .orElse(null);
        BufferedImage image = card == null ? null : documents.image(card, PREVIEW_DPI);
        return new State(all, card, image);
    }

    private void show(State state, String text) {
        Card active = state.cards().stream().filter(c -> !c.isBlocked()).findFirst().orElse(null);
        printable = state.printable();
        activeCard.set(active);
        preview.set(state.preview());
        number.set(active == null ? "" : CardNumbers.printed(active.number()));
        issued.set(active == null ? "" : issuedText(active));
        history.setAll(state.cards().stream().filter(c -> c != active).map(this::row).toList());
        message.set(text);
        loaded.set(true);
    }

    private String issuedText(Card card) {
        String date = formats.date(card.issuedAt().toLocalDate());
        return card.issuedBy().isBlank() ? messages.get("cards.issuedOn", date)
                : messages.get("cards.issued", date, card.issuedBy());
    }

    private HistoryRow row(Card card) {
        return new HistoryRow(CardNumbers.printed(card.number()), formats.date(card.issuedAt().toLocalDate()),
                card.isBlocked() ? formats.date(card.blockedAt().toLocalDate()) : messages.get("cards.stillActive"),
                CardReasons.text(card.blockReason(), messages));
    }
}
